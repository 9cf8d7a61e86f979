from desktop_app.grid.clipboard import format_block, parse_block


def test_a_spreadsheet_range_with_quotes_tabs_and_newlines():
    text = 'a\t"b\tc"\t"say ""hi"""\r\n"two\nlines"\t\t12,50\r\n'
    assert parse_block(text) == [["a", "b\tc", 'say "hi"'], ["two\nlines", "", "12,50"]]


def test_one_column_and_ragged_rows():
    assert parse_block("12,50\n13\n") == [["12,50"], ["13"]]
    assert parse_block("a\tb\nc\n") == [["a", "b"], ["c", ""]]
    assert parse_block("") == []


def test_copy_reads_back_the_same_cells():
    rows = [["x", "with\ttab", 'with "quote"'], ["multi\nline", "", "1.5"]]
    assert parse_block(format_block(rows)) == rows
    assert format_block([["a", "b"]]) == "a\tb\n"
