"""A tiny ONNX model with a Piper voice's inputs and outputs, built for tests.

A real voice is 20–65 MB and cannot be downloaded here, so tests speak through this
stand-in: the same input names and types Piper feeds (`input` int64 [1, n] phoneme ids,
`input_lengths` int64 [1], `scales` float32 [3] = noise, length, noise_w) and the same
output (`output` float32 [1, 1, samples]). Each phoneme id becomes HOP samples whose
value is id / 256, and the whole is stretched by the length scale, so a test can see
both what the phonemizer produced and the speaking rate that reached the model.
"""

from __future__ import annotations

import json
from pathlib import Path

HOP = 64
SAMPLE_RATE = 16000


def model_bytes() -> bytes:
    import numpy as np
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    def const(name: str, value: object, dtype: type) -> onnx.NodeProto:
        return helper.make_node("Constant", [], [name], value=numpy_helper.from_array(
            np.asarray(value, dtype=dtype), name=name))

    nodes = [
        helper.make_node("Cast", ["input"], ["ids_f"], to=TensorProto.FLOAT),
        const("per_id", 1 / 256, np.float32),
        helper.make_node("Mul", ["ids_f", "per_id"], ["level"]),
        const("axis2", [2], np.int64),
        helper.make_node("Unsqueeze", ["level", "axis2"], ["column"]),  # [1, n, 1]
        const("hop_ones", np.ones((1, 1, HOP)), np.float32),
        helper.make_node("Mul", ["column", "hop_ones"], ["frames"]),  # [1, n, HOP]
        const("flat_shape", [1, 1, -1], np.int64),
        helper.make_node("Reshape", ["frames", "flat_shape"], ["audio"]),  # [1, 1, n*HOP]
        const("one", [1], np.int64),
        const("two", [2], np.int64),
        helper.make_node("Slice", ["scales", "one", "two"], ["length_scale"]),
        const("unit", [1.0, 1.0], np.float32),
        helper.make_node("Concat", ["unit", "length_scale"], ["resize_scales"], axis=0),
        helper.make_node("Resize", ["audio", "", "resize_scales"], ["output"],
                         mode="nearest"),
    ]
    graph = helper.make_graph(
        nodes,
        "tiny-piper",
        inputs=[
            helper.make_tensor_value_info("input", TensorProto.INT64, [1, "phonemes"]),
            helper.make_tensor_value_info("input_lengths", TensorProto.INT64, [1]),
            helper.make_tensor_value_info("scales", TensorProto.FLOAT, [3]),
        ],
        outputs=[helper.make_tensor_value_info("output", TensorProto.FLOAT,
                                               [1, 1, "samples"])],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)],
                              producer_name="anapana-tests")
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model.SerializeToString()


def config_dict(*, sample_rate: int = SAMPLE_RATE, language: str = "en_US",
                quality: str = "medium", length_scale: float = 1.0,
                phoneme_type: str = "espeak",
                id_map: dict[str, list[int]] | None = None) -> dict[str, object]:
    try:
        from piper.phoneme_ids import DEFAULT_PHONEME_ID_MAP as phonemes
    except ImportError:  # the store's tests need no Piper: any well-formed map will do
        phonemes = {"_": [0], "^": [1], "$": [2], " ": [3], **{
            chr(ord("a") + i): [14 + i] for i in range(26)}}
    return {
        "dataset": "tiny",
        "audio": {"sample_rate": sample_rate, "quality": quality},
        "espeak": {"voice": language.replace("_", "-").lower()},
        "language": {"code": language},
        "inference": {"noise_scale": 0.667, "length_scale": length_scale, "noise_w": 0.8},
        "phoneme_type": phoneme_type,
        "phoneme_id_map": phonemes if id_map is None
        else {"^": [1], "_": [0], "$": [2], **id_map},
        "num_symbols": 256,
        "num_speakers": 1,
        "speaker_id_map": {},
        "piper_version": "1.0.0",
    }


def config_bytes(**kwargs: object) -> bytes:
    return json.dumps(config_dict(**kwargs), ensure_ascii=False).encode()  # type: ignore[arg-type]


def write_voice(folder: Path, key: str = "en_US-tiny-medium", **kwargs: object) -> Path:
    """Write KEY.onnx and KEY.onnx.json into `folder`; returns the .onnx path."""
    folder.mkdir(parents=True, exist_ok=True)
    model = folder / f"{key}.onnx"
    model.write_bytes(model_bytes())
    (folder / f"{key}.onnx.json").write_bytes(config_bytes(**kwargs))
    return model
