"""How calls, imports, strings and assignments look in each tree-sitter grammar.

A profile is the only place that knows node type names; matchers speak in profile terms, so
one matcher implementation serves every language.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    name: str
    call_types: frozenset[str]  # nodes that call something (incl. constructors)
    assign_types: frozenset[str]
    comment_types: frozenset[str]
    string_types: frozenset[str]  # plain string literal nodes
    template_types: frozenset[str]  # strings that may interpolate (f-string, template literal)
    interpolation_types: frozenset[str]  # the interpolated part inside a template
    concat_types: frozenset[str]  # binary operator nodes
    literal_types: frozenset[str]  # numbers, booleans, null
    attribute_types: frozenset[str]  # a.b
    function_types: frozenset[str]  # function definitions
    import_types: frozenset[str]
    true_words: frozenset[str] = frozenset({"true"})
    false_words: frozenset[str] = frozenset({"false"})
    null_words: frozenset[str] = frozenset({"null"})
    comment_prefix: str = "//"

    @property
    def dispatch_types(self) -> frozenset[str]:
        return self.call_types | self.assign_types | self.comment_types


PYTHON = Profile(
    name="python",
    call_types=frozenset({"call"}),
    assign_types=frozenset({"assignment", "augmented_assignment"}),
    comment_types=frozenset({"comment"}),
    string_types=frozenset({"string"}),
    template_types=frozenset({"string"}),  # an f-string is a string with interpolation children
    interpolation_types=frozenset({"interpolation"}),
    concat_types=frozenset({"binary_operator"}),
    literal_types=frozenset({"integer", "float", "true", "false", "none"}),
    attribute_types=frozenset({"attribute"}),
    function_types=frozenset({"function_definition"}),
    import_types=frozenset({"import_statement", "import_from_statement"}),
    true_words=frozenset({"True"}),
    false_words=frozenset({"False"}),
    null_words=frozenset({"None"}),
    comment_prefix="#",
)

_JS_COMMON = dict(
    call_types=frozenset({"call_expression", "new_expression"}),
    assign_types=frozenset({"assignment_expression", "augmented_assignment_expression"}),
    comment_types=frozenset({"comment"}),
    string_types=frozenset({"string"}),
    template_types=frozenset({"template_string"}),
    interpolation_types=frozenset({"template_substitution"}),
    concat_types=frozenset({"binary_expression"}),
    literal_types=frozenset({"number", "true", "false", "null", "undefined"}),
    attribute_types=frozenset({"member_expression"}),
    function_types=frozenset(
        {"function_declaration", "function_expression", "arrow_function", "method_definition",
         "generator_function_declaration"}
    ),
    import_types=frozenset({"import_statement", "variable_declarator"}),
)

JAVASCRIPT = Profile(name="javascript", **_JS_COMMON)
TYPESCRIPT = Profile(name="typescript", **_JS_COMMON)
TSX = Profile(name="tsx", **_JS_COMMON)

GO = Profile(
    name="go",
    call_types=frozenset({"call_expression"}),
    assign_types=frozenset({"assignment_statement", "short_var_declaration"}),
    comment_types=frozenset({"comment"}),
    string_types=frozenset({"interpreted_string_literal", "raw_string_literal"}),
    template_types=frozenset(),
    interpolation_types=frozenset(),
    concat_types=frozenset({"binary_expression"}),
    literal_types=frozenset({"int_literal", "float_literal", "true", "false", "nil"}),
    attribute_types=frozenset({"selector_expression"}),
    function_types=frozenset({"function_declaration", "method_declaration", "func_literal"}),
    import_types=frozenset({"import_spec"}),
    null_words=frozenset({"nil"}),
)

JAVA = Profile(
    name="java",
    call_types=frozenset({"method_invocation", "object_creation_expression"}),
    assign_types=frozenset({"assignment_expression"}),
    comment_types=frozenset({"line_comment", "block_comment"}),
    string_types=frozenset({"string_literal"}),
    template_types=frozenset(),
    interpolation_types=frozenset(),
    concat_types=frozenset({"binary_expression"}),
    literal_types=frozenset(
        {"decimal_integer_literal", "hex_integer_literal", "decimal_floating_point_literal",
         "true", "false", "null_literal"}
    ),
    attribute_types=frozenset({"field_access"}),
    function_types=frozenset({"method_declaration", "constructor_declaration", "lambda_expression"}),
    import_types=frozenset({"import_declaration"}),
)

PROFILES: dict[str, Profile] = {
    p.name: p for p in (PYTHON, JAVASCRIPT, TYPESCRIPT, TSX, GO, JAVA)
}
