"""The codemods, one module per family; each registers its `Codemod`s with
`aiscan.fix.registry.register` when imported. A new module here is found without a list."""
