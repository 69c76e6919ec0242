"""The LLM SDKs aiscan knows, as data: constructors, call methods, parameters, key variables.

Names are qualified the way `aiscan.engine.imports.resolve` qualifies them: Python `from openai import
OpenAI` gives `openai.OpenAI`; a JavaScript default import `import OpenAI from "openai"` gives
`openai`. Adding an SDK means adding rows here, not code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# qualified constructor -> (provider, framework). The object it returns is a client whose
# methods (CALL_METHODS) are LLM calls.
CONSTRUCTORS: dict[str, tuple[str, str]] = {
    "openai.OpenAI": ("openai", "openai"),
    "openai.AsyncOpenAI": ("openai", "openai"),
    "openai.AzureOpenAI": ("azure-openai", "openai"),
    "openai.AsyncAzureOpenAI": ("azure-openai", "openai"),
    "openai": ("openai", "openai"),  # JS default import
    "openai.default": ("openai", "openai"),
    "anthropic.Anthropic": ("anthropic", "anthropic"),
    "anthropic.AsyncAnthropic": ("anthropic", "anthropic"),
    "anthropic.AnthropicBedrock": ("bedrock", "anthropic"),
    "anthropic.AnthropicVertex": ("vertex", "anthropic"),
    "@anthropic-ai/sdk": ("anthropic", "anthropic"),
    "@anthropic-ai/sdk.Anthropic": ("anthropic", "anthropic"),
    "google.genai.Client": ("google", "google-genai"),
    "google.generativeai.GenerativeModel": ("google", "google-generativeai"),
    "vertexai.generative_models.GenerativeModel": ("vertex", "vertexai"),
    "vertexai.preview.generative_models.GenerativeModel": ("vertex", "vertexai"),
    "@google/generative-ai.GoogleGenerativeAI": ("google", "google-generative-ai"),
    "@google/genai.GoogleGenAI": ("google", "google-genai"),
    "mistralai.Mistral": ("mistral", "mistralai"),
    "mistralai.client.MistralClient": ("mistral", "mistralai"),
    "@mistralai/mistralai.Mistral": ("mistral", "mistralai"),
    "cohere.Client": ("cohere", "cohere"),
    "cohere.ClientV2": ("cohere", "cohere"),
    "cohere.AsyncClient": ("cohere", "cohere"),
    "cohere-ai.CohereClient": ("cohere", "cohere"),
    "cohere-ai.CohereClientV2": ("cohere", "cohere"),
    "groq.Groq": ("groq", "groq"),
    "groq.AsyncGroq": ("groq", "groq"),
    "groq-sdk": ("groq", "groq"),
    "ollama.Client": ("ollama", "ollama"),
    "ollama.AsyncClient": ("ollama", "ollama"),
    "ollama.Ollama": ("ollama", "ollama"),
    "huggingface_hub.InferenceClient": ("huggingface", "huggingface_hub"),
    "huggingface_hub.AsyncInferenceClient": ("huggingface", "huggingface_hub"),
    "@huggingface/inference.HfInference": ("huggingface", "huggingface"),
    "@huggingface/inference.InferenceClient": ("huggingface", "huggingface"),
    "transformers.pipeline": ("huggingface", "transformers"),
    "@aws-sdk/client-bedrock-runtime.BedrockRuntimeClient": ("bedrock", "aws-sdk"),
}
# `boto3.client("bedrock-runtime")`: a constructor only with this service name
BOTO3_CLIENTS = ("boto3.client", "boto3.Session.client", "boto3.session.Session.client")
BEDROCK_SERVICES = ("bedrock-runtime", "bedrock-agent-runtime")

# Framework chat-model classes: provider read from the class name.
LANGCHAIN_PREFIXES = ("langchain", "@langchain/")
LLAMAINDEX_PREFIX = "llama_index.llms."
CLASS_PROVIDERS = (  # substring of the class name -> provider; first match wins
    ("AzureChatOpenAI", "azure-openai"), ("AzureOpenAI", "azure-openai"),
    ("OpenAI", "openai"), ("Anthropic", "anthropic"), ("GoogleGenerativeAI", "google"),
    ("Gemini", "google"), ("VertexAI", "vertex"), ("Vertex", "vertex"), ("MistralAI", "mistral"),
    ("Mistral", "mistral"), ("Cohere", "cohere"), ("Groq", "groq"), ("Bedrock", "bedrock"),
    ("Ollama", "ollama"), ("HuggingFace", "huggingface"),
)
# Vercel AI SDK: `openai("gpt-4o")` from `@ai-sdk/openai` names provider and model at once.
AI_SDK_PREFIX = "@ai-sdk/"
AI_SDK_PROVIDERS = {"openai": "openai", "anthropic": "anthropic", "google": "google",
                    "google-vertex": "vertex", "mistral": "mistral", "cohere": "cohere",
                    "groq": "groq", "amazon-bedrock": "bedrock", "azure": "azure-openai"}

# Methods of a client (the path after the client variable) that send a prompt to a model.
CALL_METHODS = frozenset({
    "chat.completions.create", "chat.completions.parse", "chat.completions.stream",
    "beta.chat.completions.parse", "beta.chat.completions.stream", "completions.create",
    "responses.create", "responses.parse", "responses.stream", "messages.create",
    "messages.stream", "beta.messages.create", "models.generate_content",
    "models.generate_content_stream", "models.generateContent", "models.generateContentStream",
    "aio.models.generate_content", "generate_content", "generate_content_async",
    "generateContent", "generateContentStream", "send_message", "sendMessage", "invoke",
    "ainvoke", "stream", "astream", "batch", "abatch", "predict", "complete", "acomplete",
    "chat", "achat", "stream_chat", "astream_chat", "stream_complete", "chat.complete",
    "chat.complete_async", "chat.stream", "chat_stream", "generate", "converse",
    "converse_stream", "invoke_model", "invoke_model_with_response_stream", "text_generation",
    "chat_completion", "chatCompletion", "textGeneration", "chatCompletionStream",
})
STREAM_METHODS = frozenset({
    "chat.completions.stream", "beta.chat.completions.stream", "responses.stream",
    "messages.stream", "models.generate_content_stream", "models.generateContentStream",
    "generateContentStream", "stream", "astream", "stream_chat", "astream_chat",
    "stream_complete", "chat.stream", "chat_stream", "converse_stream",
    "invoke_model_with_response_stream", "chatCompletionStream", "streamText", "streamObject",
    "ConverseStreamCommand", "InvokeModelWithResponseStreamCommand",
})
# Methods that return a configured copy of a client: the copy is the same client.
DERIVE_METHODS = frozenset({"with_options", "bind", "with_retry", "with_structured_output",
                            "bind_tools", "with_config", "getGenerativeModel",
                            "get_generative_model", "copy"})

# Module-level functions that call a model without a client object.
MODULE_CALLS: dict[str, tuple[str, str]] = {
    "litellm.completion": ("litellm", "litellm"),
    "litellm.acompletion": ("litellm", "litellm"),
    "litellm.text_completion": ("litellm", "litellm"),
    "ollama.chat": ("ollama", "ollama"),
    "ollama.generate": ("ollama", "ollama"),
    "ai.generateText": ("", "vercel-ai"),
    "ai.streamText": ("", "vercel-ai"),
    "ai.generateObject": ("", "vercel-ai"),
    "ai.streamObject": ("", "vercel-ai"),
    "openai.ChatCompletion.create": ("openai", "openai"),
    "openai.Completion.create": ("openai", "openai"),
    "openai.chat.completions.create": ("openai", "openai"),
    "openai.responses.create": ("openai", "openai"),
    # JavaScript Bedrock: the command object is the request (`client.send(new ConverseCommand(…))`)
    "@aws-sdk/client-bedrock-runtime.ConverseCommand": ("bedrock", "aws-sdk"),
    "@aws-sdk/client-bedrock-runtime.ConverseStreamCommand": ("bedrock", "aws-sdk"),
    "@aws-sdk/client-bedrock-runtime.InvokeModelCommand": ("bedrock", "aws-sdk"),
    "@aws-sdk/client-bedrock-runtime.InvokeModelWithResponseStreamCommand": ("bedrock", "aws-sdk"),
}
# A client passed in from elsewhere (`def ask(client): client.chat.completions.create(...)`):
# these method paths are distinctive enough to name the SDK on their own.
SHAPE_PROVIDERS = {"chat.completions.create": "openai", "chat.completions.parse": "openai",
                   "responses.create": "openai"}

MODEL_KEYS = ("model", "model_name", "modelId", "model_id", "azure_deployment",
              "deployment_name", "repo_id")
LIMIT_KEYS = frozenset({"max_tokens", "max_output_tokens", "max_completion_tokens",
                        "maxTokens", "maxOutputTokens", "maxCompletionTokens", "max_new_tokens",
                        "num_predict", "max_tokens_to_sample", "maxTokensToSample"})
# keyword arguments that nest generation settings: a limit inside them counts
CONFIG_KEYS = frozenset({"generation_config", "generationConfig", "config", "inferenceConfig",
                         "inference_config", "options", "model_kwargs", "providerOptions"})
TIMEOUT_KEYS = frozenset({"timeout", "request_timeout", "timeout_ms", "timeoutMs", "config",
                          "http_options", "httpOptions", "http_client", "httpAgent"})
RETRY_KEYS = frozenset({"max_retries", "maxRetries", "retries", "num_retries", "config",
                        "http_options", "httpOptions", "retry_config", "retryConfig",
                        "retry_config"})
# What each SDK does when its client is built without a timeout or retry setting, as its
# documentation states: (default timeout in seconds, or None when it waits indefinitely;
# automatic retries). Frameworks missing here have no documented default we could check, and
# are not reported. LangChain and LlamaIndex chat models wrap the vendor SDK (or set their own
# defaults) and so inherit them.
@dataclass(frozen=True)
class SdkDefaults:
    timeout: float | None  # seconds; None: no default timeout, a call can hang forever
    retries: int  # automatic retries on connection errors, 408/409/429 and 5xx
    reference: str


SDK_DEFAULTS: dict[str, SdkDefaults] = {
    # Stainless-generated SDKs (Python and TypeScript): 10 minutes, 2 retries with backoff
    "openai": SdkDefaults(600, 2, "https://github.com/openai/openai-python#timeouts"),
    "anthropic": SdkDefaults(600, 2, "https://github.com/anthropics/anthropic-sdk-python#timeouts"),
    "groq": SdkDefaults(60, 2, "https://github.com/groq/groq-python#timeouts"),
    "cohere": SdkDefaults(300, 2, "https://github.com/cohere-ai/cohere-python"),
    "langchain": SdkDefaults(600, 2, "https://python.langchain.com/api_reference/openai/chat_models/"
                                     "langchain_openai.chat_models.base.ChatOpenAI.html"),
    "llamaindex": SdkDefaults(60, 3, "https://docs.llamaindex.ai/en/stable/api_reference/llms/openai/"),
    # botocore: 60 s connect and read timeouts, legacy retry mode (4 retries)
    "boto3": SdkDefaults(60, 4, "https://docs.aws.amazon.com/botocore/latest/reference/config.html"),
    # no timeout by default: `timeout=None` is passed to httpx / the request loops until served
    "ollama": SdkDefaults(None, 0, "https://github.com/ollama/ollama-python#custom-client"),
    "huggingface_hub": SdkDefaults(None, 0, "https://huggingface.co/docs/huggingface_hub/package_reference/"
                                            "inference_client"),
}
# Keyword arguments that set a client's overall request timeout; given as None/null (or an
# infinite float) they switch the SDK's default off.
TIMEOUT_ARGS = ("timeout", "request_timeout", "default_request_timeout", "timeout_ms", "timeoutMs")
UNBOUNDED = re.compile(r"^(?:float\(\s*['\"]inf(?:inity)?['\"]\s*\)|math\.inf|Infinity|"
                       r"Number\.POSITIVE_INFINITY)$")
PROMPT_KEYS = ("messages", "prompt", "input", "contents", "inputs", "text", "message")
SYSTEM_KEYS = ("system", "instructions", "system_instruction", "systemInstruction",
               "system_prompt", "preamble")
# Methods whose first positional argument is the prompt.
POSITIONAL_PROMPT = frozenset({"invoke", "ainvoke", "stream", "astream", "predict", "complete",
                               "acomplete", "generate_content", "generateContent",
                               "generateContentStream", "generate_content_async", "send_message",
                               "sendMessage", "text_generation", "textGeneration", "chat",
                               "achat", "stream_chat", "stream_complete", "__call__"})
API_KEY_KEYS = frozenset({"api_key", "apiKey", "google_api_key", "anthropic_api_key",
                          "openai_api_key", "token", "aws_access_key_id", "credentials"})
# The variable an SDK reads its key from when the constructor is given none.
DEFAULT_KEY_ENV = {"openai": "OPENAI_API_KEY", "azure-openai": "AZURE_OPENAI_API_KEY",
                   "anthropic": "ANTHROPIC_API_KEY", "google": "GOOGLE_API_KEY",
                   "mistral": "MISTRAL_API_KEY", "cohere": "CO_API_KEY", "groq": "GROQ_API_KEY",
                   "huggingface": "HF_TOKEN"}

# Providers whose model ids carry a date or version when pinned; others (Azure deployments,
# Ollama tags, Hugging Face repos) only count as unpinned when they say `latest`.
PINNED_PROVIDERS = frozenset({"openai", "anthropic", "google", "vertex", "mistral", "cohere",
                              "bedrock"})
PINNED = re.compile(r"\d{4}-\d{2}-\d{2}|\d{8}|-\d{3,4}(?=$|[-:@.])|-v\d+(?::\d+)?$|-\d{2}-\d{4}$")
MODEL_FAMILIES = (("gpt-", "openai"), ("o1", "openai"), ("o3", "openai"), ("o4", "openai"),
                  ("chatgpt", "openai"), ("claude", "anthropic"), ("gemini", "google"),
                  ("mistral", "mistral"), ("command", "cohere"), ("anthropic.", "bedrock"))

KEY_ENV_NAME = re.compile(r"API_?KEY|_KEY$|TOKEN|SECRET", re.IGNORECASE)
PII_NAME = re.compile(r"(?:^|_)(?:e_?mail|ssn|social_security(?:_number)?|phone(?:_number)?"
                      r"|address|dob|date_of_birth|birth_?date|passport)(?:$|_)")
# addresses that are not a person's: `ip_address`, `server_address`, `email_template`…
NOT_PII = re.compile(r"(?:ip|mac|server|host|web|wallet|contract|memory|base|bind|listen|remote)"
                     r"_?address|e_?mail_(?:template|subject|body|server|host|port|enabled)")
REDACTION = re.compile(r"redact|anonymi[sz]e|pseudonymi[sz]e|mask|scrub|deidentify|sanitize",
                       re.IGNORECASE)
VALIDATOR_TAILS = frozenset({"model_validate", "model_validate_json", "parse_obj", "parse_raw",
                             "validate", "validate_python", "validate_json", "safeParse",
                             "parseAsync", "safeParseAsync", "validateSync", "load", "parse"})
TEMPLATE_CALLS = frozenset({"open", "read", "read_text", "get_template", "render",
                            "load_prompt", "pull", "readFileSync", "readFile", "from_file",
                            "render_template"})


def pinned(model: str, provider: str) -> bool:
    """Whether a model id names a fixed snapshot rather than an alias that moves."""
    if "latest" in model.lower():
        return False
    if provider not in PINNED_PROVIDERS:
        return True
    return bool(PINNED.search(model))


def provider_of_model(model: str) -> str:
    """The vendor a model id belongs to (`anthropic/claude-…` or `claude-…` -> anthropic)."""
    head, slash, _ = model.partition("/")
    if slash and head:
        return {"gemini": "google", "vertex_ai": "vertex", "azure": "azure-openai"}.get(head, head)
    low = model.lower()
    return next((p for prefix, p in MODEL_FAMILIES if low.startswith(prefix)), "")


def class_provider(class_name: str) -> str:
    return next((p for key, p in CLASS_PROVIDERS if key in class_name), "")


def framework_constructor(qualified: str) -> tuple[str, str] | None:
    """LangChain and LlamaIndex chat-model classes: `langchain_openai.ChatOpenAI` -> openai."""
    cls = qualified.rsplit(".", 1)[-1]
    if qualified.startswith(LANGCHAIN_PREFIXES) and qualified != cls:
        if cls.startswith(("Chat", "Azure")) or cls in ("OpenAI", "Ollama", "HuggingFaceEndpoint",
                                                          "VertexAI", "BedrockLLM"):
            provider = class_provider(cls)
            if provider:
                return provider, "langchain"
    if qualified.startswith(LLAMAINDEX_PREFIX) and cls[:1].isupper():
        module = qualified[len(LLAMAINDEX_PREFIX):].split(".")[0]
        return (class_provider(cls) or module.replace("_", "-")), "llamaindex"
    return None


# Imported module -> the SDK it belongs to (for "which files import a vendor SDK").
SDK_MODULES = (
    ("openai", "openai"), ("anthropic", "anthropic"), ("@anthropic-ai/sdk", "anthropic"),
    ("google.generativeai", "google"), ("google.genai", "google"),
    ("@google/generative-ai", "google"), ("@google/genai", "google"), ("vertexai", "vertex"),
    ("mistralai", "mistral"), ("@mistralai/mistralai", "mistral"), ("cohere", "cohere"),
    ("cohere-ai", "cohere"), ("groq", "groq"), ("groq-sdk", "groq"), ("ollama", "ollama"),
    ("huggingface_hub", "huggingface"), ("@huggingface/inference", "huggingface"),
    ("transformers", "huggingface"), ("litellm", "litellm"), ("langchain", "langchain"),
    ("langchain_", "langchain"), ("@langchain/", "langchain"), ("llama_index", "llamaindex"),
    ("ai", "vercel-ai"), ("@ai-sdk/", "vercel-ai"), ("@aws-sdk/client-bedrock-runtime", "bedrock"),
)


def sdk_of_module(qualified: str) -> str:
    for prefix, sdk in SDK_MODULES:
        if qualified == prefix or qualified.startswith(prefix + ".") or (
                prefix.endswith(("/", "_")) and qualified.startswith(prefix)):
            return sdk
    return ""
