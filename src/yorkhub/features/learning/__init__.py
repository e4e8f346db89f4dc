"""Learning from audit: audit pages, their findings, and the theme indexes built from them."""

from __future__ import annotations

from yorkhub.features.learning import (
    audit_files,
    audits_index,
    coverage,
    findings,
    index_page,
    matrix,
    priorities,
    references,
    tags_page,
    themes,
)

CHECKS = (audit_files.check, references.check)
GENERATORS = (
    index_page.generate,
    audits_index.generate,
    themes.generate,
    coverage.generate,
    matrix.generate,
    priorities.generate,
    tags_page.generate,
)
TRANSFORMS = (findings.transform,)
