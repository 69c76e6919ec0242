"""Analyst agent: answers questions over CSV exports using LangChain tools."""
import os

import pandas as pd
from langchain.agents import AgentType, initialize_agent
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_experimental.agents import create_pandas_dataframe_agent
from langchain_experimental.tools import PythonREPLTool
from langchain_community.tools import DuckDuckGoSearchRun
from langchain_openai import ChatOpenAI

llm = ChatOpenAI(model="gpt-4o-mini", temperature=0, api_key=os.getenv("OPENAI_API_KEY"))


def build_research_agent():
    tools = [DuckDuckGoSearchRun(), PythonREPLTool()]
    return initialize_agent(tools, llm, agent=AgentType.ZERO_SHOT_REACT_DESCRIPTION, verbose=True)


def build_dataframe_agent(csv_path: str):
    df = pd.read_csv(csv_path)
    return create_pandas_dataframe_agent(llm, df, verbose=True, allow_dangerous_code=True)


def build_search_agent():
    return initialize_agent([DuckDuckGoSearchRun()], llm, agent=AgentType.ZERO_SHOT_REACT_DESCRIPTION)


qa_prompt = ChatPromptTemplate.from_messages(
    [
        ("system", "You are a helpful analyst. Answer using only the provided context."),
        ("human", "Context:\n{context}\n\nQuestion: {question}"),
    ]
)
qa_chain = qa_prompt | llm | StrOutputParser()


def persona_chain(persona: str):
    prompt = ChatPromptTemplate.from_messages(
        [
            ("system", f"You are {persona}. Stay in character and answer the user's question."),
            ("human", "{question}"),
        ]
    )
    return prompt | llm


def compute_metric(question: str, columns: list[str]) -> float:
    formula_prompt = ChatPromptTemplate.from_messages(
        [
            ("system", "Return a single Python arithmetic expression using the variables given. No prose."),
            ("human", "Variables: {columns}\nQuestion: {question}"),
        ]
    )
    chain = formula_prompt | llm
    expression = chain.invoke({"columns": ", ".join(columns), "question": question}).content
    values = {c: 1.0 for c in columns}
    return eval(expression, {}, values)


def answer(question: str, context: str) -> str:
    return qa_chain.invoke({"context": context, "question": question})


if __name__ == "__main__":
    agent = build_dataframe_agent(os.getenv("CSV_PATH", "exports/sales.csv"))
    print(agent.invoke({"input": "Which region had the highest revenue growth?"})["output"])
