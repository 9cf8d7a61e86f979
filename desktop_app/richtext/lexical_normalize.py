"""What Lexical does at the end of an update: text normalisation and list transforms.

- adjacent text nodes with the same format are merged, empty ones dropped;
- adjacent lists of the same type are merged (a blank line between two lists
  does not keep them apart), including their nested wrapper items;
- list item `value`s are renumbered and `checked` is dropped outside check
  lists: `ListNode.to_json` does that as it serialises, saving a third walk.
"""

from __future__ import annotations

from .nodes import Element, ListItem, ListNode, Text


def normalize_tree(root: Element) -> None:
    _normalize_text(root)
    _merge_lists(root)


def _normalize_text(element: Element) -> None:
    merged: list = []
    previous: Text | None = None  # the last kept child, when it is a text
    for child in element.children:
        if isinstance(child, Text):
            if child.text == "":
                child.parent = None
                continue
            if previous is not None and previous.format == child.format:
                previous.text += child.text
                child.parent = None
                continue
            previous = child
        else:
            previous = None
            if isinstance(child, Element) and child.children:
                _normalize_text(child)
        merged.append(child)
    element.children = merged


def _merge_lists(element: Element) -> None:
    children = element.children
    i = 0
    while i < len(children) - 1:
        child = children[i]
        following = children[i + 1]
        if (
            isinstance(child, ListNode)
            and isinstance(following, ListNode)
            and child.list_type == following.list_type
        ):
            merge_lists(child, following)  # removes `following` from `children`
            continue
        i += 1
    for child in children:
        # Only elements with children can hold a list to merge.
        if isinstance(child, Element) and child.children:
            _merge_lists(child)


def merge_lists(first: ListNode, second: ListNode) -> None:
    """Lexical's `mergeLists`, joining boundary wrapper items' nested lists too."""
    last_item = first.children[-1] if first.children else None
    first_item = second.children[0] if second.children else None
    if (
        isinstance(last_item, ListItem)
        and isinstance(first_item, ListItem)
        and last_item.is_nested_wrapper()
        and first_item.is_nested_wrapper()
    ):
        inner_a, inner_b = last_item.children[0], first_item.children[0]
        assert isinstance(inner_a, ListNode) and isinstance(inner_b, ListNode)
        # Lexical 0.50: a nested <ul> does not swallow a nested <ol>.
        if inner_a.list_type == inner_b.list_type:
            merge_lists(inner_a, inner_b)
            first_item.remove()
    first.append(*list(second.children))
    second.remove()
