"""The batch's chunks shrink towards its end so the workers finish together, without changing
which inputs are converted or in what order."""

from __future__ import annotations

import pytest

from converter.batch import _chunks


@pytest.mark.parametrize("jobs", [1, 2, 3, 8])
def test_chunks_keep_every_task_in_order_and_shrink_at_the_end(jobs: int):
    for count in [*range(0, 80), 558, 1000, 5000]:
        tasks = list(range(count))
        chunks = list(_chunks(tasks, jobs))  # type: ignore[arg-type]
        assert [t for chunk in chunks for t in chunk] == tasks
        cap = max(1, min(16, count // (jobs * 16)))  # the size every chunk had before
        assert all(1 <= len(chunk) <= cap for chunk in chunks)
        if chunks:
            assert len(chunks[0]) == cap
            # the last round gives each worker a single input, so they finish together
            assert all(len(chunk) == 1 for chunk in chunks[-jobs:])
            assert [len(c) for c in chunks] == sorted((len(c) for c in chunks), reverse=True)
