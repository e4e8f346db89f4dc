"""The golden files' helper: compares as text, and rewrites a golden only when asked."""

from __future__ import annotations

import golden


def test_a_golden_compares_as_its_text_and_is_rewritten_only_with_the_flag(tmp_path, monkeypatch):
    monkeypatch.setattr(golden, "FOLDER", tmp_path)
    (tmp_path / "page.md").write_text("old\n", encoding="utf-8")
    expected = golden.load("page.md")
    assert "old\n" == expected and not ("new\n" == expected)
    monkeypatch.setattr(golden, "UPDATE", True)
    assert "new\n" == expected
    assert (tmp_path / "page.md").read_text(encoding="utf-8") == "new\n"
