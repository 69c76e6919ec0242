function Answer(props) {
  return (
    // ruleid: JS105
    <section dangerouslySetInnerHTML={{ __html: props.llmAnswer }} />
  );
}

function Safe(props) {
  // ok: JS105
  return <section>{props.llmAnswer}</section>;
}
