"""A minimal mutable Lexical node tree, used while importing markdown.

Lexical's markdown import is written as edits on live nodes (split a text
node, replace a paragraph by a list, move children...). Mirroring those edits
on a small tree is the simplest way to reproduce its quirks exactly; the tree
is serialised to Payload's JSON shape at the end (`to_json`).
"""

from __future__ import annotations

from typing import Any

from .ids import new_object_id

# Text format bits (Lexical's TextNode.__format).
BOLD = 1
ITALIC = 2
STRIKETHROUGH = 4
UNDERLINE = 8
CODE = 16
SUBSCRIPT = 32
SUPERSCRIPT = 64
HIGHLIGHT = 128

FORMAT_BITS: dict[str, int] = {
    "bold": BOLD,
    "italic": ITALIC,
    "strikethrough": STRIKETHROUGH,
    "underline": UNDERLINE,
    "code": CODE,
    "subscript": SUBSCRIPT,
    "superscript": SUPERSCRIPT,
    "highlight": HIGHLIGHT,
}


class Node:
    # Slots: an import makes a few nodes per line and walks them several times;
    # slot attributes are quicker to make and read than instance dicts.
    __slots__ = ("parent",)
    type = "node"

    def __init__(self) -> None:
        self.parent: Element | None = None

    # -- tree navigation -------------------------------------------------
    def index(self) -> int:
        # Search from the end: import edits happen at the end of the document,
        # which keeps long documents linear. Most often it is the last child.
        assert self.parent is not None
        children = self.parent.children
        i = len(children) - 1
        while i >= 0 and children[i] is not self:
            i -= 1
        if i < 0:
            raise ValueError(f"{self.type} node is not among its parent's children")
        return i

    def previous_sibling(self) -> Node | None:
        if self.parent is None:
            return None
        i = self.index()
        return self.parent.children[i - 1] if i > 0 else None

    def next_sibling(self) -> Node | None:
        if self.parent is None:
            return None
        i = self.index()
        siblings = self.parent.children
        return siblings[i + 1] if i + 1 < len(siblings) else None

    def siblings(self) -> tuple[Node | None, Node | None]:
        """(previous_sibling(), next_sibling()), finding the index once."""
        if self.parent is None:
            return None, None
        siblings = self.parent.children
        i = self.index()
        return (
            siblings[i - 1] if i > 0 else None,
            siblings[i + 1] if i + 1 < len(siblings) else None,
        )

    # -- mutation ----------------------------------------------------------
    def remove(self) -> None:
        if self.parent is not None:
            del self.parent.children[self.index()]
            self.parent = None

    def replace(self, other: Node) -> None:
        parent = self.parent
        assert parent is not None
        other.remove()
        i = self.index()
        parent.children[i] = other
        other.parent = parent
        self.parent = None

    def insert_before(self, other: Node) -> None:
        assert self.parent is not None
        self.parent.insert(self.index(), [other])

    def insert_after(self, other: Node) -> None:
        assert self.parent is not None
        self.parent.insert(self.index() + 1, [other])

    def text_content(self) -> str:
        return ""

    def has_text_content(self) -> bool:
        """`getTextContentSize() > 0` without building the string."""
        return self.text_content() != ""

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "version": 1}


class Text(Node):
    __slots__ = ("format", "text")
    type = "text"

    def __init__(self, text: str, fmt: int = 0) -> None:
        self.parent = None  # Node.__init__, inlined: one Text per line and per split
        self.text = text
        self.format = fmt

    def text_content(self) -> str:
        return self.text

    def to_json(self) -> dict[str, Any]:
        return text_json(self)


class LineBreak(Node):
    __slots__ = ("marker",)
    type = "linebreak"

    def __init__(self, marker: str = "") -> None:
        self.parent = None  # Node.__init__, inlined
        self.marker = marker  # mdHardLineBreak node state: "", "\\" or 2+ spaces

    def text_content(self) -> str:
        return "\n"

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"type": "linebreak", "version": 1}
        if self.marker:
            data["$"] = {"mdHardLineBreak": self.marker}
        return data


class HorizontalRule(Node):
    __slots__ = ()
    type = "horizontalrule"

    def text_content(self) -> str:
        return "\n"


class Upload(Node):
    __slots__ = ("id", "relation_to", "value")
    type = "upload"

    def __init__(self, relation_to: str, value: str | int | float) -> None:
        self.parent = None  # Node.__init__, inlined
        self.relation_to = relation_to
        self.value = value
        self.id = new_object_id()

    def to_json(self) -> dict[str, Any]:
        return {
            "format": "",
            "type": "upload",
            "version": 3,
            "fields": {},
            "relationTo": self.relation_to,
            "value": self.value,
            "id": self.id,
        }


class Element(Node):
    __slots__ = ("children",)
    inline = False

    def __init__(self) -> None:
        self.parent = None  # Node.__init__, inlined
        self.children: list[Node] = []

    def insert(self, at: int, nodes: list[Node]) -> None:
        """`splice(at, 0, nodes)`: nodes are moved from wherever they are."""
        for node in nodes:
            if node.parent is self and node.index() < at:
                at -= 1
            node.remove()
        for offset, node in enumerate(nodes):
            self.children.insert(at + offset, node)
            node.parent = self

    def append(self, *nodes: Node) -> None:
        children = self.children
        for node in nodes:
            if node.parent is not None:
                node.remove()
            children.append(node)
            node.parent = self

    def last_descendant(self) -> Node | None:
        node = self.children[-1] if self.children else None
        while isinstance(node, Element) and node.children:
            node = node.children[-1]
        return node

    def text_content(self) -> str:
        out = []
        last = len(self.children) - 1
        for i, child in enumerate(self.children):
            out.append(child.text_content())
            if isinstance(child, Element) and i != last and not child.inline:
                out.append("\n\n")
        return "".join(out)

    def has_text_content(self) -> bool:
        last = len(self.children) - 1
        for i, child in enumerate(self.children):
            if child.has_text_content():
                return True
            if isinstance(child, Element) and i != last and not child.inline:
                return True  # a block child adds "\n\n" to the text content
        return False

    def indent(self) -> int:
        return 0  # only list items are indented here (the other `to_json` write 0)

    def to_json(self) -> dict[str, Any]:
        return {
            "children": children_json(self.children),
            "direction": None,
            "format": "",
            "indent": self.indent(),
            "type": self.type,
            "version": 1,
        }


def text_json(text: Text) -> dict[str, Any]:
    return {
        "detail": 0,
        "format": text.format,
        "mode": "normal",
        "style": "",
        "text": text.text,
        "type": "text",
        "version": 1,
    }


def children_json(children: list[Node]) -> list[dict[str, Any]]:
    # Text nodes are most of a document: a plain call for them, no method lookup.
    return [text_json(c) if type(c) is Text else c.to_json() for c in children]


class Root(Element):
    __slots__ = ()
    type = "root"


class Paragraph(Element):
    __slots__ = ()
    type = "paragraph"

    def to_json(self) -> dict[str, Any]:
        children = self.children
        # ParagraphNode.exportJSON computes what the DOM reconciler would: the
        # format of the first direct text child.
        text_format = 0
        for child in children:
            if isinstance(child, Text):
                text_format = child.format
                break
        return {
            "children": children_json(children),
            "direction": None,
            "format": "",
            "indent": 0,
            "type": "paragraph",
            "version": 1,
            "textFormat": text_format,
            "textStyle": "",
        }


class Heading(Element):
    __slots__ = ("tag",)
    type = "heading"

    def __init__(self, tag: str) -> None:
        self.parent = None  # Element.__init__, inlined (nodes are made per line)
        self.children = []
        self.tag = tag

    def to_json(self) -> dict[str, Any]:
        return {
            "children": children_json(self.children),
            "direction": None,
            "format": "",
            "indent": 0,
            "type": "heading",
            "version": 1,
            "tag": self.tag,
        }


class Quote(Element):
    __slots__ = ()
    type = "quote"


class ListNode(Element):
    __slots__ = ("list_type", "start")
    type = "list"

    def __init__(self, list_type: str, start: int | float = 1) -> None:
        self.parent = None  # Element.__init__, inlined (nodes are made per line)
        self.children = []
        self.list_type = list_type
        self.start = start

    def to_json(self) -> dict[str, Any]:
        """Also numbers the items (Lexical's list transform), as they are serialised."""
        self.number_items()
        return {
            "children": children_json(self.children),
            "direction": None,
            "format": "",
            "indent": 0,
            "type": "list",
            "version": 1,
            "listType": self.list_type,
            "start": self.start,
            "tag": "ol" if self.list_type == "number" else "ul",
        }

    def number_items(self) -> None:
        """Item `value`s count from `start`, nested wrappers not counted;
        `checked` is dropped outside check lists."""
        value = self.start
        check = self.list_type == "check"
        for item in self.children:
            if not isinstance(item, ListItem):
                continue
            item.value = value
            if not check:
                item.checked = None
            if not item.is_nested_wrapper():
                value += 1


class ListItem(Element):
    __slots__ = ("checked", "value")
    type = "listitem"

    def __init__(self, checked: bool | None = None) -> None:
        self.parent = None  # Element.__init__, inlined (nodes are made per line)
        self.children = []
        self.checked = checked
        self.value: int | float = 1

    def is_nested_wrapper(self) -> bool:
        """Lexical's `isNestedListNode`: an item whose first child is a list."""
        return bool(self.children) and isinstance(self.children[0], ListNode)

    def indent(self) -> int:
        # ListItemNode.getIndent counts enclosing list items.
        depth = 0
        parent = self.parent.parent if self.parent is not None else None
        while isinstance(parent, ListItem):
            depth += 1
            grand = parent.parent
            parent = grand.parent if grand is not None else None
        return depth

    def to_json(self) -> dict[str, Any]:
        data = {
            "children": children_json(self.children),
            "direction": None,
            "format": "",
            "indent": self.indent(),
            "type": "listitem",
            "version": 1,
        }
        if isinstance(self.parent, ListNode) and self.parent.list_type == "check":
            data["checked"] = bool(self.checked)
        data["value"] = self.value
        return data


class Link(Element):
    __slots__ = ("id", "url")
    type = "link"
    inline = True

    def __init__(self, url: str) -> None:
        self.parent = None  # Element.__init__, inlined (nodes are made per line)
        self.children = []
        self.url = url
        self.id = new_object_id()

    def to_json(self) -> dict[str, Any]:
        return {
            "children": children_json(self.children),
            "direction": None,
            "format": "",
            "indent": 0,
            "type": "link",
            "version": 3,
            # LinkNode.exportJSON deletes `doc` from custom links.
            "fields": {"linkType": "custom", "newTab": False, "url": self.url},
            "id": self.id,
        }
