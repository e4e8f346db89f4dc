"""One minute guides: numbers, the word budget, no template text in an approved page, the
facts line under the title, the index."""

from __future__ import annotations

from yorkhub.features.guides import facts_line, index_page, numbers, template, word_budget

CHECKS = (numbers.check, word_budget.check, template.check)
GENERATORS = (index_page.generate,)
TRANSFORMS = (facts_line.transform,)
