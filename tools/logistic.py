"""The logistic model the shipped models share (tools/seam_model.py, tools/boundary_model.py),
fitted by plain gradient descent: deterministic, no dependencies."""

from __future__ import annotations

import math
from collections.abc import Sequence


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
