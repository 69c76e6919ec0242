"""Detection across the SDKs the catalogue names, and governance behaviour the per-rule fixtures
cannot show (module-wide redaction, cached facts, symlinked CODEOWNERS)."""

from __future__ import annotations

import json
import os

import pytest

from helpers import run_cli, write_tree

SDK_FILES = {
    "gemini_new.py": """\
        from google import genai

        client = genai.Client(http_options={"timeout": 30})
        r = client.models.generate_content(model="gemini-2.0-flash-001", contents="hi")
        """,
    "gemini_old.py": """\
        import google.generativeai as genai

        model = genai.GenerativeModel("gemini-1.5-pro-002")
        r = model.generate_content("hi")
        """,
    "vertex.py": """\
        from vertexai.generative_models import GenerativeModel

        model = GenerativeModel(model_name="gemini-1.5-flash-002")
        r = model.generate_content(["hi"])
        """,
    "bedrock.py": """\
        import boto3

        brt = boto3.client("bedrock-runtime")
        r = brt.converse(modelId="anthropic.claude-3-sonnet-20240229-v1:0", messages=[])
        """,
    "local.py": """\
        import ollama
        from transformers import pipeline
        from huggingface_hub import InferenceClient

        r = ollama.chat(model="llama3.1:8b", messages=[])
        pipe = pipeline("text-generation", model="gpt2")
        out = pipe("hello")
        hf = InferenceClient(model="HuggingFaceH4/zephyr-7b-beta")
        t = hf.text_generation("hello", max_new_tokens=20)
        """,
    "vendors.py": """\
        import litellm
        from mistralai import Mistral
        from cohere import ClientV2
        from groq import Groq
        from openai import AzureOpenAI

        a = litellm.completion(model="anthropic/claude-3-5-sonnet-20241022", messages=[])
        m = Mistral(api_key=KEY).chat.complete(model="mistral-large-2407", messages=[])
        co = ClientV2()
        c = co.chat(model="command-r-08-2024", messages=[])
        g = Groq().chat.completions.create(model="llama-3.1-8b-instant", messages=[])
        az = AzureOpenAI(azure_deployment="prod-gpt")
        z = az.with_options(timeout=5).chat.completions.create(model="prod-gpt", messages=[])
        """,
    "index.py": """\
        from llama_index.llms.anthropic import Anthropic

        llm = Anthropic(model="claude-3-5-sonnet-20241022")
        r = llm.complete("hi")
        """,
    "shared.py": """\
        def ask(client, q):
            return client.chat.completions.create(model="gpt-4o-2024-08-06", messages=q)
        """,
    "web/ai.ts": """\
        import { streamText } from "ai";
        import { google } from "@ai-sdk/google";
        import { GoogleGenerativeAI } from "@google/generative-ai";

        export const s = streamText({ model: google("gemini-1.5-pro-002"), prompt: "hi" });
        const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY!);
        const model = genAI.getGenerativeModel({ model: "gemini-1.5-flash" });
        export const r = model.generateContent("hi");
        """,
    "web/bedrock.js": """\
        const { BedrockRuntimeClient, ConverseStreamCommand } = require("@aws-sdk/client-bedrock-runtime");

        const client = new BedrockRuntimeClient({ region: "us-east-1" });
        const out = client.send(new ConverseStreamCommand({
          modelId: "anthropic.claude-3-haiku-20240307-v1:0", messages: [],
          inferenceConfig: { maxTokens: 256 } }));
        """,
}


@pytest.fixture(scope="module")
def sdk_inventory(tmp_path_factory):
    root = write_tree(tmp_path_factory.mktemp("sdks"), SDK_FILES)
    result = run_cli("inventory", str(root), "--format", "json", "--jobs", "1")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_every_catalogued_sdk_is_detected(sdk_inventory):
    sites = {(c["path"], c["line"]): (c["provider"], c["api"], c["model"].get("value"))
             for c in sdk_inventory["call_sites"]}
    assert sites == {
        ("gemini_new.py", 4): ("google", "models.generate_content", "gemini-2.0-flash-001"),
        ("gemini_old.py", 4): ("google", "generate_content", "gemini-1.5-pro-002"),
        ("vertex.py", 4): ("vertex", "generate_content", "gemini-1.5-flash-002"),
        ("bedrock.py", 4): ("bedrock", "converse", "anthropic.claude-3-sonnet-20240229-v1:0"),
        ("local.py", 5): ("ollama", "ollama.chat", "llama3.1:8b"),
        ("local.py", 7): ("huggingface", "__call__", "gpt2"),
        ("local.py", 9): ("huggingface", "text_generation", "HuggingFaceH4/zephyr-7b-beta"),
        ("vendors.py", 7): ("anthropic", "litellm.completion", "anthropic/claude-3-5-sonnet-20241022"),
        ("vendors.py", 8): ("mistral", "chat.complete", "mistral-large-2407"),
        ("vendors.py", 10): ("cohere", "chat", "command-r-08-2024"),
        ("vendors.py", 11): ("groq", "chat.completions.create", "llama-3.1-8b-instant"),
        ("vendors.py", 13): ("azure-openai", "chat.completions.create", "prod-gpt"),
        ("index.py", 4): ("anthropic", "complete", "claude-3-5-sonnet-20241022"),
        # a client passed in from elsewhere: the method path names the SDK
        ("shared.py", 2): ("openai", "chat.completions.create", "gpt-4o-2024-08-06"),
        ("web/ai.ts", 5): ("google", "ai.streamText", "gemini-1.5-pro-002"),
        ("web/ai.ts", 8): ("google", "generateContent", "gemini-1.5-flash"),
        ("web/bedrock.js", 4): ("bedrock", "@aws-sdk/client-bedrock-runtime.ConverseStreamCommand",
                                "anthropic.claude-3-haiku-20240307-v1:0"),
    }
    streams = {(c["path"], c["line"]) for c in sdk_inventory["call_sites"] if c["stream"]}
    assert streams == {("web/ai.ts", 5), ("web/bedrock.js", 4)}
    capped = {(c["path"], c["line"]) for c in sdk_inventory["call_sites"] if c["limit"]}
    assert ("web/bedrock.js", 4) in capped
    frameworks = {c["path"]: c["framework"] for c in sdk_inventory["call_sites"]}
    assert frameworks["index.py"] == "llamaindex" and frameworks["shared.py"] == "shared-client"


def test_governance_rules_on_the_sdk_files(tmp_path):
    root = write_tree(tmp_path / "p", SDK_FILES)
    out = json.loads(run_cli("scan", str(root), "--format", "json", "--jobs", "1",
                             "--select", "PY950", "--select", "JS950", "--select", "PY951",
                             "--select", "JS951").stdout)
    found = {(f["path"], f["line"], f["rule_id"]) for f in out["findings"]}
    # boto3, Cohere, Groq, Azure OpenAI and LlamaIndex clients built without settings keep
    # their SDK's documented timeout and retries; Hugging Face's InferenceClient waits forever
    assert found == {
        ("web/ai.ts", 7, "JS950"),  # gemini-1.5-flash: an alias
        ("local.py", 8, "PY951"),
    }


def test_pii_rule_is_silent_when_the_module_redacts(tmp_path):
    base = """\
        from openai import OpenAI

        client = OpenAI(timeout=30, max_retries=2)


        def ask(user):
            text = {wrap}
            return client.chat.completions.create(model="gpt-4o-2024-08-06", max_tokens=9,
                                                  messages=[{{"role": "user", "content": text}}])
        """
    root = write_tree(tmp_path / "p", {
        "raw.py": base.format(wrap="f'mail {user.email}'"),
        "clean.py": base.format(wrap="redact_pii(f'mail {user.email}')"),
    })
    out = json.loads(run_cli("scan", str(root), "--format", "json", "--jobs", "1",
                             "--select", "PY955").stdout)
    assert [(f["path"], f["line"]) for f in out["findings"]] == [("raw.py", 8)]
    assert "user.email" in out["findings"][0]["message"]


def test_facts_survive_the_result_cache(tmp_path):
    root = write_tree(tmp_path / "p", {k: SDK_FILES[k] for k in ("bedrock.py", "shared.py")})
    first = run_cli("inventory", str(root), "--format", "json", "--jobs", "1").stdout
    second = run_cli("inventory", str(root), "--format", "json", "--jobs", "1").stdout
    assert json.loads(first)["call_sites"] and first == second


def test_symlinked_codeowners_is_not_followed(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "CODEOWNERS").write_text("* @someone-else\n", encoding="utf-8")
    root = write_tree(tmp_path / "p", {"shared.py": SDK_FILES["shared.py"]})
    os.symlink(outside / "CODEOWNERS", root / "CODEOWNERS")
    inv = json.loads(run_cli("inventory", str(root), "--format", "json", "--jobs", "1").stdout)
    assert inv["codeowners"] is None and inv["owners"] == {"shared.py": []}
