from langchain_community.tools import ShellTool
from langchain_experimental.agents import create_pandas_dataframe_agent
from langchain_experimental.agents.agent_toolkits import create_python_agent
from langchain_experimental.tools import PythonREPLTool
from langchain_community.tools import DuckDuckGoSearchRun

# ruleid: PY620
repl = PythonREPLTool()
# ruleid: PY620
shell = ShellTool()
# ruleid: PY620
agent = create_python_agent(llm, tool=repl)
# ruleid: PY620
df_agent = create_pandas_dataframe_agent(llm, df, allow_dangerous_code=True)
# ruleid: PY620
toolkit = RequestsToolkit(requests_wrapper=wrapper, allow_dangerous_requests=True)
# ok: PY620
search = DuckDuckGoSearchRun()
# ok: PY620
safe_agent = create_pandas_dataframe_agent(llm, df, allow_dangerous_code=False)
