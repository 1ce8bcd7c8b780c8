"""The logistic model the shipped models share (tools/seam_model.py, tools/boundary_model.py),
fitted by plain gradient descent: deterministic, no dependencies."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence


def fit(
    samples: Sequence[tuple[Sequence[float], bool]], width: int, epochs: int, rate: float, penalty: float
) -> list[float]:
    """One weight a cue for `samples` (each its `width` cues and the gold answer), an L2
    `penalty` keeping the weights of rare cues small."""
    weights = [0.0] * width
    for _ in range(epochs):
        gradient = [0.0] * width
        for cues, answer in samples:
            z = sum(w * x for w, x in zip(weights, cues, strict=True))
            error = 1 / (1 + math.exp(-z)) - answer
            for i, x in enumerate(cues):
                if x:  # most cues of a sample are 0 and add nothing
                    gradient[i] += error * x
        size = len(samples)
        weights = [w - rate * (g / size + penalty * w) for w, g in zip(weights, gradient, strict=True)]
    return weights


#: one decision: its cues, and the gold's answer
Sample = tuple[tuple[float, ...], bool]


def errors(weights: Sequence[float], samples: Sequence[Sample], bound: float = 0.0) -> tuple[int, int]:
    """(said yes where the gold says no, said no where it says yes): yes is a weighted sum of
    the cues above `bound`."""
    false_yes = false_no = 0
    for cues, answer in samples:
        says = sum(w * x for w, x in zip(weights, cues, strict=True)) > bound
        false_yes += says and not answer
        false_no += answer and not says
    return false_yes, false_no


def read_across(
    months: Mapping[str, Sequence[Sample]], train: Callable[[list[Sample]], list[float]], bound: float = 0.0
) -> dict[str, tuple[int, int]]:
    """Each month read by the weights trained on the others: how a model generalises."""
    across = {}
    for name, samples in months.items():
        others = [sample for other, more in months.items() if other != name for sample in more]
        if others:
            across[name] = errors(train(others), samples, bound)
    return across
