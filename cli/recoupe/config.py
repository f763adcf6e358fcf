"""Configuration of `recoupe scan`, found upwards from the current directory.

The nearest directory holding a `.recoupe.yaml`, or a `pyproject.toml` with
a `[tool.recoupe]` table, wins (`.recoupe.yaml` first when a directory has
both); a `pyproject.toml` without the table is passed over. Keys:

    claims  = ["factcheck/claims"]      # extra claims directories, relative to the config file
    fail-on = ["contradicted"]          # contradicted, disputed, unverified, or none
    format  = "concise"                 # default output format
    exclude = ["drafts/", "*.old.md"]   # globs relative to the config file's directory

Command-line options win over the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

YAML_NAME = ".recoupe.yaml"
PYPROJECT = "pyproject.toml"
KEYS = ("claims", "fail-on", "format", "exclude")


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names it."""


@dataclass
class ScanConfig:
    path: Path | None = None
    claims: list[Path] = field(default_factory=list)
    fail_on: list[str] | None = None
    format: str | None = None
    exclude: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def base(self) -> Path:
        return self.path.parent if self.path else Path.cwd()


def discover(start: Path | None = None) -> ScanConfig:
    """The configuration that applies in `start` (default: the current directory), or an empty one."""
    directory = (start or Path.cwd()).resolve()
    for candidate in (directory, *directory.parents):
        yaml_path = candidate / YAML_NAME
        if yaml_path.is_file():
            return load(yaml_path)
        pyproject = candidate / PYPROJECT
        if pyproject.is_file():
            table = _pyproject_table(pyproject)
            if table is not None:
                return _build(pyproject, table, "[tool.recoupe]")
    return ScanConfig()


def load(path: Path) -> ScanConfig:
    """Read one configuration file: a `.recoupe.yaml` (or any YAML) or a `pyproject.toml`."""
    if path.name == PYPROJECT or path.suffix == ".toml":
        table = _pyproject_table(path)
        return _build(path, table or {}, "[tool.recoupe]")
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"{path}: {error.strerror or error}") from None
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: not valid YAML ({str(error).splitlines()[0]})") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of settings at the top level")
    return _build(path, data, "the file")


def _pyproject_table(path: Path) -> dict | None:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        try:
            import tomli as tomllib  # type: ignore[no-redef]
        except ModuleNotFoundError:
            raise ConfigError(f"{path}: reading [tool.recoupe] needs Python 3.11 or the tomli package") from None
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except OSError as error:
        raise ConfigError(f"{path}: {error.strerror or error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML ({error})") from None
    table = data.get("tool", {}).get("recoupe")
    if table is not None and not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.recoupe] must be a table")
    return table


def _strings(path: Path, key: str, value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return list(value)
    raise ConfigError(f"{path}: '{key}' must be a string or a list of strings")


def _build(path: Path, data: dict, where: str) -> ScanConfig:
    config = ScanConfig(path=path)
    for key, value in data.items():
        name = key.replace("_", "-")
        if name not in KEYS:
            config.warnings.append(f"{path}: unknown setting '{key}' in {where} (known: {', '.join(KEYS)})")
            continue
        if name == "claims":
            config.claims = [path.parent / item for item in _strings(path, key, value)]
        elif name == "fail-on":
            config.fail_on = [part.strip() for item in _strings(path, key, value) for part in item.split(",") if part.strip()]
        elif name == "format":
            if not isinstance(value, str):
                raise ConfigError(f"{path}: 'format' must be a string")
            config.format = value
        elif name == "exclude":
            config.exclude = _strings(path, key, value)
    return config
