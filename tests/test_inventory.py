"""`aiscan inventory` end to end: every call site with provider and model, prompts, keys, owners,
the gateway spread, and the same inventory in `aiscan report` and SARIF run properties."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from helpers import run_cli, write_tree

SPREAD_PROJECT = {
    ".github/CODEOWNERS": """\
        # later lines win
        *           @org/platform
        app/        @org/app-team
        app/chat/   @org/ai-team
        """,
    "app/chat/openai_chat.py": """\
        import os
        from openai import OpenAI

        MODEL = "gpt-4o"
        client = OpenAI(timeout=None)


        def answer(question):
            return client.chat.completions.create(
                model=MODEL,
                messages=[{"role": "system", "content": "You are a support agent."},
                          {"role": "user", "content": f"Question: {question}"}],
            )
        """,
    "app/chat/claude_chat.py": """\
        import os
        from anthropic import Anthropic

        claude = Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])


        def summarise(text):
            return claude.messages.create(
                model=os.getenv("CLAUDE_MODEL", "claude-3-5-sonnet-latest"),
                max_tokens=400,
                system=open("prompts/summarise.txt").read(),
                messages=[{"role": "user", "content": text}],
            )
        """,
    "app/agents/chain.py": """\
        from langchain_openai import ChatOpenAI
        from langchain_anthropic import ChatAnthropic
        from langchain_core.prompts import ChatPromptTemplate

        llm = ChatOpenAI(model="gpt-4o-mini", timeout=20, max_retries=2)
        critic = ChatAnthropic(model="claude-3-5-sonnet-20241022", max_tokens=300)
        prompt = ChatPromptTemplate.from_messages([("system", "Be brief"), ("user", "{q}")])
        chain = prompt | llm


        def run(q):
            draft = chain.invoke({"q": q})
            return critic.invoke(draft.content)
        """,
    "app/report.py": """\
        import json
        from openai import OpenAI

        client = OpenAI(timeout=10, max_retries=1)


        def report(data):
            resp = client.responses.create(model="gpt-4o-2024-08-06", input=data)
            return json.loads(resp.output_text)
        """,
    "web/summary.ts": """\
        import Anthropic from "@anthropic-ai/sdk";

        const client = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });

        export async function summary(text: string) {
          return client.messages.create({ model: "claude-3-5-haiku-latest", max_tokens: 200,
            messages: [{ role: "user", content: text }] });
        }
        """,
}

GATEWAY_PROJECT = {
    "app/llm_gateway.py": """\
        \"\"\"The one module that talks to model vendors.\"\"\"
        import os

        from anthropic import Anthropic
        from openai import OpenAI
        from pydantic import BaseModel

        OPENAI_MODEL = "gpt-4o-2024-08-06"
        CLAUDE_MODEL = "claude-3-5-sonnet-20241022"
        SYSTEM_PROMPT_PATH = "prompts/system.txt"

        _openai = OpenAI(api_key=os.environ["OPENAI_API_KEY"], timeout=30, max_retries=2)
        _claude = Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"], timeout=30, max_retries=2)


        class Answer(BaseModel):
            text: str


        def ask(question: str) -> Answer:
            with open(SYSTEM_PROMPT_PATH, encoding="utf-8") as fh:
                system = fh.read()
            resp = _openai.chat.completions.create(
                model=OPENAI_MODEL,
                max_completion_tokens=800,
                messages=[{"role": "system", "content": system},
                          {"role": "user", "content": question}],
            )
            return Answer.model_validate_json(resp.choices[0].message.content)


        def summarise(text: str) -> str:
            resp = _claude.messages.create(model=CLAUDE_MODEL, max_tokens=400,
                                           messages=[{"role": "user", "content": text}])
            return resp.content[0].text


        def stream_answer(question: str):
            return _openai.chat.completions.create(model=OPENAI_MODEL, stream=True,
                                                   max_completion_tokens=800,
                                                   messages=[{"role": "user", "content": question}])
        """,
    "app/views.py": """\
        from app.llm_gateway import ask, summarise


        def handle(request):
            return ask(request.question).text + summarise(request.body)
        """,
}


def _inventory(tmp_path, files, *extra):
    root = write_tree(tmp_path / "proj", files)
    result = run_cli("inventory", str(root), "--format", "json", "--jobs", "1", *extra)
    assert result.exit_code == 0, result.output
    return root, json.loads(result.stdout)


def test_inventory_lists_every_call_site_with_provider_and_model(tmp_path):
    _, inv = _inventory(tmp_path, SPREAD_PROJECT)
    sites = {(c["path"], c["line"]): (c["provider"], c["api"]) for c in inv["call_sites"]}
    assert sites == {
        ("app/chat/openai_chat.py", 9): ("openai", "chat.completions.create"),
        ("app/chat/claude_chat.py", 8): ("anthropic", "messages.create"),
        ("app/agents/chain.py", 12): ("openai", "invoke"),
        ("app/agents/chain.py", 13): ("anthropic", "invoke"),
        ("app/report.py", 8): ("openai", "responses.create"),
        ("web/summary.ts", 6): ("anthropic", "messages.create"),
    }
    models = {(c["path"], c["line"]): c["model"] for c in inv["call_sites"]}
    assert models[("app/chat/openai_chat.py", 9)] == {"kind": "constant", "name": "MODEL",
                                                      "value": "gpt-4o"}
    assert models[("app/chat/claude_chat.py", 8)] == {
        "kind": "env", "name": "CLAUDE_MODEL", "default": "claude-3-5-sonnet-latest"}
    # a LangChain chain calls the model of the chat class it was built from
    assert models[("app/agents/chain.py", 12)] == {"kind": "literal", "value": "gpt-4o-mini"}
    assert models[("web/summary.ts", 6)]["value"] == "claude-3-5-haiku-latest"
    prompts = {(c["path"], c["line"]): c["prompt"] for c in inv["call_sites"]}
    assert prompts[("app/chat/openai_chat.py", 9)] == "built"
    assert prompts[("app/chat/claude_chat.py", 8)] == "variable"


def test_inventory_providers_models_keys_and_prompts(tmp_path):
    _, inv = _inventory(tmp_path, SPREAD_PROJECT)
    providers = {p["provider"]: p for p in inv["providers"]}
    assert set(providers) == {"openai", "anthropic"}
    assert providers["openai"]["frameworks"] == ["langchain", "openai"]
    pinned = {m["model"]: m["pinned"] for m in inv["models"]}
    assert pinned["gpt-4o"] is False and pinned["gpt-4o-2024-08-06"] is True
    assert pinned["env:CLAUDE_MODEL (default claude-3-5-sonnet-latest)"] is False
    keys = {k["name"]: k for k in inv["env_keys"]}
    # ChatAnthropic without api_key reads the variable too
    assert keys["ANTHROPIC_API_KEY"]["locations"] == [
        "app/agents/chain.py:6", "app/chat/claude_chat.py:4", "web/summary.ts:3"]
    assert keys["ANTHROPIC_API_KEY"]["implicit"] is False
    # OpenAI() with no api_key reads OPENAI_API_KEY: the inventory says so
    assert keys["OPENAI_API_KEY"]["implicit"] is True
    systems = {(s["path"], s["line"]): s["origin"] for s in inv["system_prompts"]}
    assert systems[("app/chat/openai_chat.py", 11)] == "literal"
    assert systems[("app/chat/claude_chat.py", 11)] == "template"
    assert "app/chat/openai_chat.py" in inv["prompts"]["inline_files"]


def test_codeowners_last_matching_pattern_wins(tmp_path):
    _, inv = _inventory(tmp_path, SPREAD_PROJECT)
    assert inv["codeowners"] == ".github/CODEOWNERS"
    assert inv["owners"]["app/chat/openai_chat.py"] == ["@org/ai-team"]
    assert inv["owners"]["app/report.py"] == ["@org/app-team"]
    assert inv["owners"]["web/summary.ts"] == ["@org/platform"]
    site = next(c for c in inv["call_sites"] if c["path"] == "app/agents/chain.py")
    assert site["owners"] == ["@org/app-team"]


def test_spread_over_many_modules_is_reported(tmp_path):
    _, inv = _inventory(tmp_path, SPREAD_PROJECT)
    assert inv["spread"]["count"] == 5 and inv["spread"]["exceeded"] is True


def test_text_and_markdown_formats(tmp_path):
    root = write_tree(tmp_path / "proj", SPREAD_PROJECT)
    text = run_cli("inventory", str(root), "--jobs", "1").stdout
    assert "app/chat/openai_chat.py:9  openai  chat.completions.create  model gpt-4o" in text
    assert "more than 3: route calls through one gateway module" in text
    assert "ANTHROPIC_API_KEY" in text and "@org/ai-team" in text
    md = run_cli("inventory", str(root), "--format", "markdown", "--jobs", "1").stdout
    assert md.startswith("# LLM inventory")
    assert "| app/report.py:8 | openai | responses.create | gpt-4o-2024-08-06 |" in md


def test_no_llm_usage(tmp_path):
    root = write_tree(tmp_path / "proj", {"main.py": "print('hello')\n"})
    result = run_cli("inventory", str(root), "--jobs", "1")
    assert result.exit_code == 0
    assert "No LLM SDK usage found." in result.stdout
    report = json.loads(run_cli("report", str(root), "--format", "json", "--jobs", "1").stdout)
    item = next(i for i in report["items"] if i["id"] == "llm-governance")
    assert item["status"] == "not-applicable"


def test_governance_findings_on_the_spread_project(tmp_path):
    root = write_tree(tmp_path / "proj", SPREAD_PROJECT)
    result = run_cli("scan", str(root), "--format", "json", "--jobs", "1", "--select", "governance")
    found = {(f["path"], f["line"], f["rule_id"]) for f in json.loads(result.stdout)["findings"]}
    # clients built without settings rely on their SDK's documented timeout and retries (no
    # PY951/JS951); `timeout=None` switches the default off and is reported
    assert {("app/chat/openai_chat.py", 5, "PY951"), ("app/chat/openai_chat.py", 9, "PY952"),
            ("app/chat/openai_chat.py", 10, "PY950"),
            ("app/chat/claude_chat.py", 9, "PY950"), ("app/agents/chain.py", 5, "PY950"),
            ("app/agents/chain.py", 12, "PY952"),
            ("app/report.py", 8, "PY952"), ("app/report.py", 9, "PY954"),
            ("web/summary.ts", 6, "JS950")} == found


def test_gateway_project_is_clean(tmp_path):
    root = write_tree(tmp_path / "proj", GATEWAY_PROJECT)
    result = run_cli("scan", str(root), "--format", "json", "--jobs", "1", "--select", "governance")
    assert result.exit_code == 0, result.stdout
    assert json.loads(result.stdout)["findings"] == []
    _, inv = _inventory(tmp_path, GATEWAY_PROJECT)
    assert [(c["line"], c["provider"]) for c in inv["call_sites"]] == [
        (23, "openai"), (33, "anthropic"), (39, "openai")]
    assert all(m["pinned"] for m in inv["models"])
    assert inv["spread"] == {"modules": ["app/llm_gateway.py"], "count": 1, "threshold": 3,
                             "exceeded": False}
    assert [s["origin"] for s in inv["system_prompts"]] == ["template"]
    report = json.loads(run_cli("report", str(root), "--format", "json", "--jobs", "1").stdout)
    item = next(i for i in report["items"] if i["id"] == "llm-governance")
    assert item["status"] == "pass"


def test_report_and_sarif_carry_the_inventory(tmp_path):
    root = write_tree(tmp_path / "proj", SPREAD_PROJECT)
    report = json.loads(run_cli("report", str(root), "--format", "json", "--jobs", "1").stdout)
    assert len(report["inventory"]["call_sites"]) == 6
    item = next(i for i in report["items"] if i["id"] == "llm-governance")
    assert item["status"] == "warn"
    assert any("called directly from 5 modules" in e["message"] for e in item["evidence"])
    md = run_cli("report", str(root), "--format", "markdown", "--jobs", "1").stdout
    assert "### LLM inventory" in md
    text = run_cli("report", str(root), "--jobs", "1").stdout
    assert "LLM inventory: 2 provider(s)" in text
    html = run_cli("report", str(root), "--format", "html", "--jobs", "1").stdout
    assert "<h2>LLM inventory</h2>" in html
    sarif = json.loads(run_cli("scan", str(root), "--format", "sarif", "--jobs", "1").stdout)
    schema = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())
    jsonschema.Draft7Validator(schema).validate(sarif)
    props = sarif["runs"][0]["properties"]["aiscan"]
    assert len(props["inventory"]["call_sites"]) == 6
    assert "checklist" in props


def test_markdown_escapes_values_from_the_code(tmp_path):
    root = write_tree(tmp_path / "proj", {"evil.py": """\
        from openai import OpenAI

        client = OpenAI(timeout=1, max_retries=1)
        r = client.chat.completions.create(model="<img src=x>|gpt", messages=[], max_tokens=1)
        """})
    md = run_cli("inventory", str(root), "--format", "markdown", "--jobs", "1").stdout
    assert "<img" not in md and "&lt;img src=x&gt;\\|gpt" in md


def test_system_prompt_constants_in_a_module_without_sdk(tmp_path):
    _, inv = _inventory(tmp_path, {
        "prompts.py": """\
            SYSTEM_PROMPT = "You are a careful assistant."
            SYSTEM_PROMPT_PATH = "prompts/system.txt"
            REVIEW_SYSTEM_PROMPT = f"Review as {ROLE}"
            """,
        "web/prompts.ts": 'export const systemPrompt = "Be brief";\n',
    })
    assert [(s["path"], s["line"], s["origin"]) for s in inv["system_prompts"]] == [
        ("prompts.py", 1, "literal"), ("prompts.py", 3, "built"), ("web/prompts.ts", 1, "literal")]
    assert inv["call_sites"] == [] and inv["spread"]["count"] == 0
