"""HTML for Lexical table nodes (Payload's experimental table feature).

The default editor does not enable tables, but Payload's HTML converter still
renders them, so documents created elsewhere convert the same way.
"""

from __future__ import annotations

import re
from typing import Any

from .jsregex import WS, js_str

Json = dict[str, Any]

# CSS Color Level 4 names plus CSS-wide keywords, as in Payload's cssColors.ts.
_NAMED_COLORS = frozenset(
    {
        "aliceblue",
        "antiquewhite",
        "aqua",
        "aquamarine",
        "azure",
        "beige",
        "bisque",
        "black",
        "blanchedalmond",
        "blue",
        "blueviolet",
        "brown",
        "burlywood",
        "cadetblue",
        "chartreuse",
        "chocolate",
        "coral",
        "cornflowerblue",
        "cornsilk",
        "crimson",
        "currentcolor",
        "cyan",
        "darkblue",
        "darkcyan",
        "darkgoldenrod",
        "darkgray",
        "darkgreen",
        "darkgrey",
        "darkkhaki",
        "darkmagenta",
        "darkolivegreen",
        "darkorange",
        "darkorchid",
        "darkred",
        "darksalmon",
        "darkseagreen",
        "darkslateblue",
        "darkslategray",
        "darkslategrey",
        "darkturquoise",
        "darkviolet",
        "deeppink",
        "deepskyblue",
        "dimgray",
        "dimgrey",
        "dodgerblue",
        "firebrick",
        "floralwhite",
        "forestgreen",
        "fuchsia",
        "gainsboro",
        "ghostwhite",
        "gold",
        "goldenrod",
        "gray",
        "green",
        "greenyellow",
        "grey",
        "honeydew",
        "hotpink",
        "indianred",
        "indigo",
        "inherit",
        "initial",
        "ivory",
        "khaki",
        "lavender",
        "lavenderblush",
        "lawngreen",
        "lemonchiffon",
        "lightblue",
        "lightcoral",
        "lightcyan",
        "lightgoldenrodyellow",
        "lightgray",
        "lightgreen",
        "lightgrey",
        "lightpink",
        "lightsalmon",
        "lightseagreen",
        "lightskyblue",
        "lightslategray",
        "lightslategrey",
        "lightsteelblue",
        "lightyellow",
        "lime",
        "limegreen",
        "linen",
        "magenta",
        "maroon",
        "mediumaquamarine",
        "mediumblue",
        "mediumorchid",
        "mediumpurple",
        "mediumseagreen",
        "mediumslateblue",
        "mediumspringgreen",
        "mediumturquoise",
        "mediumvioletred",
        "midnightblue",
        "mintcream",
        "mistyrose",
        "moccasin",
        "navajowhite",
        "navy",
        "oldlace",
        "olive",
        "olivedrab",
        "orange",
        "orangered",
        "orchid",
        "palegoldenrod",
        "palegreen",
        "paleturquoise",
        "palevioletred",
        "papayawhip",
        "peachpuff",
        "peru",
        "pink",
        "plum",
        "powderblue",
        "purple",
        "rebeccapurple",
        "red",
        "rosybrown",
        "royalblue",
        "saddlebrown",
        "salmon",
        "sandybrown",
        "seagreen",
        "seashell",
        "sienna",
        "silver",
        "skyblue",
        "slateblue",
        "slategray",
        "slategrey",
        "snow",
        "springgreen",
        "steelblue",
        "tan",
        "teal",
        "thistle",
        "tomato",
        "transparent",
        "turquoise",
        "unset",
        "violet",
        "wheat",
        "white",
        "whitesmoke",
        "yellow",
        "yellowgreen",
    }
)
_COLOR_FUNCTION = re.compile(
    f"(?:#[0-9a-fA-F]{{3,8}}|rgba?\\([0-9,.{WS}/%]+\\)|hsla?\\([0-9,.{WS}/%deg]+\\))\\Z"
)


def is_safe_css_color(value: str) -> bool:
    return bool(_COLOR_FUNCTION.match(value)) or value.lower() in _NAMED_COLORS


def table(style_attr: str, children: str) -> str:
    return (
        f'<div{style_attr} class="lexical-table-container">\n'
        '        <table class="lexical-table" style="border-collapse: collapse;">\n'
        f"          <tbody>{children}</tbody>\n"
        "        </table>\n"
        "      </div>"
    )


def table_row(style_attr: str, children: str) -> str:
    return f'<tr{style_attr} class="lexical-table-row">\n        {children}\n      </tr>'


def table_cell(node: Json, css: str, children: str) -> str:
    header = node.get("headerState")
    tag = "th" if isinstance(header, (int, float)) and header > 0 else "td"
    header_text = js_str(header) if "headerState" in node else "undefined"
    style = "border: 1px solid #ccc; padding: 8px;" + css
    color = node.get("backgroundColor")
    if isinstance(color, str) and color and is_safe_css_color(color):
        style += f" background-color: {color};"
    colspan = _span_attr("colspan", node.get("colSpan"))
    rowspan = _span_attr("rowspan", node.get("rowSpan"))
    return (
        f"<{tag}\n"
        f'        class="lexical-table-cell lexical-table-cell-header-{header_text}"\n'
        f"        {colspan}\n"
        f"        {rowspan}\n"
        f'        style="{style}"\n'
        "      >\n"
        f"        {children}\n"
        f"      </{tag}>\n"
        "    "
    )


def _span_attr(name: str, value: Any) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 1:
        return f' {name}="{js_str(value)}"'
    return ""
