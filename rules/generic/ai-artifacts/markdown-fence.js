// ok: GEN712
const doc = `
\`\`\`js
`;
// ruleid: GEN712
```
