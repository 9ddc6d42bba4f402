# The Python side of the sandbox, run once in a new Pyodide interpreter before its memory snapshot
# is taken (run-python.mjs); every run then starts from a fresh copy of that snapshot.
#
# Candidate code runs with restricted builtins, in a fresh namespace per test:
# - `import` hands out fresh, read-only-in-effect copies of an allow-list of standard-library
#   modules (public names only); anything else (os, sys proper, subprocess, socket, pathlib,
#   importlib, ctypes, js, pyodide...) is "forbidden". `sys` is a small stand-in.
# - open/eval/exec/compile are "forbidden"; getattr & co. refuse the names below.
# - the source is checked before it runs: no dunder attributes outside a short list, no frame or
#   code attributes. Those are the ways out of a restricted namespace (__globals__, __subclasses__,
#   gi_frame...), and Pyodide's `js` module (the host's JavaScript) lies beyond them.
# The JavaScript side adds its own layers (run-python.mjs): `js` is an empty object, Function's
# constructor is unreachable, the Node file system cannot be mounted.
#
# Tests are JSON in and JSON out: run_test returns JSON text describing what happened.
import ast
import builtins
import decimal
import json
import random
import sys
import traceback
import types

# Imported now, so they are in the snapshot: candidate code never loads a module from the file system.
import __future__  # noqa: F401
import abc  # noqa: F401
import array  # noqa: F401
import bisect  # noqa: F401
import cmath  # noqa: F401
import collections  # noqa: F401
import collections.abc  # noqa: F401
import copy  # noqa: F401
import dataclasses  # noqa: F401
import enum  # noqa: F401
import fractions  # noqa: F401
import functools  # noqa: F401
import heapq  # noqa: F401
import itertools  # noqa: F401
import math  # noqa: F401
import numbers  # noqa: F401
import operator
import re  # noqa: F401
import statistics  # noqa: F401
import string  # noqa: F401
import textwrap  # noqa: F401
import typing
import unicodedata  # noqa: F401

ALLOWED_MODULES = frozenset(
    {
        "__future__",
        "abc",
        "array",
        "bisect",
        "cmath",
        "collections",
        "collections.abc",
        "copy",
        "dataclasses",
        "decimal",
        "enum",
        "fractions",
        "functools",
        "heapq",
        "itertools",
        "json",
        "math",
        "numbers",
        "operator",
        "random",
        "re",
        "statistics",
        "string",
        "sys",
        "textwrap",
        "typing",
        "unicodedata",
    }
)

# Public names an allowed module does not hand out: they evaluate strings as code or resolve
# attribute paths from strings (string.Formatter.get_field), which would bypass the source check.
HIDDEN_NAMES = {
    "string": frozenset({"Formatter"}),
    "typing": frozenset({"get_type_hints", "evaluate_forward_ref", "ForwardRef"}),
    "operator": frozenset({"attrgetter", "methodcaller"}),
}

# Dunder attributes candidate code may name: the data model's protocol methods and plain metadata.
ALLOWED_DUNDERS = frozenset(
    {
        "__init__", "__new__", "__post_init__", "__name__", "__qualname__", "__doc__", "__module__",
        "__class__", "__slots__", "__match_args__", "__len__", "__iter__", "__next__", "__reversed__",
        "__contains__", "__getitem__", "__setitem__", "__delitem__", "__missing__", "__getattr__",
        "__setattr__", "__delattr__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__",
        "__hash__", "__repr__", "__str__", "__format__", "__bool__", "__call__", "__enter__", "__exit__",
        "__index__", "__int__", "__float__", "__complex__", "__abs__", "__neg__", "__pos__", "__invert__",
        "__round__", "__floor__", "__ceil__", "__trunc__", "__add__", "__sub__", "__mul__", "__matmul__",
        "__truediv__", "__floordiv__", "__mod__", "__divmod__", "__pow__", "__lshift__", "__rshift__",
        "__and__", "__or__", "__xor__", "__radd__", "__rsub__", "__rmul__", "__rtruediv__",
        "__rfloordiv__", "__rmod__", "__rpow__", "__rand__", "__ror__", "__rxor__", "__iadd__",
        "__isub__", "__imul__", "__itruediv__", "__ifloordiv__", "__imod__", "__ipow__", "__iand__",
        "__ior__", "__ixor__", "__copy__", "__deepcopy__", "__sizeof__",
    }
)
# Not dunders, still ways from an object to frames, code or another namespace.
BANNED_ATTRIBUTES = frozenset(
    {
        "gi_frame", "gi_code", "gi_yieldfrom", "cr_frame", "cr_code", "cr_await", "cr_origin",
        "ag_frame", "ag_code", "ag_await", "f_back", "f_builtins", "f_code", "f_globals", "f_locals",
        "f_trace", "f_generator", "tb_frame", "tb_next", "co_code", "co_consts",
    }
)
BANNED_NAMES = frozenset({"__builtins__", "__loader__", "__spec__"})
# Builtins candidate code does not get at all (a NameError), or gets as a "forbidden" trap.
REMOVED_BUILTINS = frozenset(
    {"help", "exit", "quit", "copyright", "credits", "license", "__loader__", "__spec__", "__package__"}
)
FORBIDDEN_BUILTINS = ("open", "eval", "exec", "compile", "breakpoint")
MAX_RECURSION_LIMIT = 100_000
DEFAULT_RECURSION_LIMIT = sys.getrecursionlimit()
SOURCE_NAME = "solution.py"
SHOWN_FRAMES = 5


class Forbidden(BaseException):
    """Raised when candidate code reaches for a capability; BaseException, so `except Exception` misses it."""


class OutputLimit(BaseException):
    """Raised when a test printed more than it may."""


def banned_attribute(name):
    if name.startswith("__") and name.endswith("__"):
        return name not in ALLOWED_DUNDERS
    return name in BANNED_ATTRIBUTES


def check_source(tree):
    """The first thing in the code that is not allowed, described, or None."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and banned_attribute(node.attr):
            return f"the attribute {node.attr}"
        if isinstance(node, ast.MatchClass):
            for name in node.kwd_attrs:
                if banned_attribute(name):
                    return f"the attribute {name}"
        if isinstance(node, ast.Name) and node.id in BANNED_NAMES:
            return node.id
        if isinstance(node, (ast.Global, ast.Nonlocal)):
            for name in node.names:
                if name in BANNED_NAMES:
                    return name
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name not in ALLOWED_MODULES:
                    return f"import {alias.name}"
        if isinstance(node, ast.ImportFrom):
            if node.level:
                return "a relative import"
            if node.module not in ALLOWED_MODULES:
                return f"import {node.module}"
    return None


def forbidden_message(what):
    allowed = ", ".join(sorted(m for m in ALLOWED_MODULES if m != "__future__"))
    return (
        f"{what} is not allowed: solutions run with the standard library's algorithmic modules only "
        f"({allowed}); no files, network, environment, processes or host access."
    )


class TestState:
    """Everything one test's code can change: its output, its verdict flags, its modules."""

    def __init__(self, output_limit):
        self.output_limit = output_limit
        self.output = []
        self.output_bytes = 0
        self.output_exceeded = False
        self.forbidden = None
        self.modules = {}
        state = self

        class Stream:
            """sys.stdout and sys.stderr of the test: both print into its output."""

            def write(self, text):
                return state.write(text)

            def flush(self):
                pass

        self.stdout = Stream()
        self.stderr = Stream()

    def write(self, text):
        text = str(text)
        if self.output_exceeded:
            raise OutputLimit()
        size = len(text.encode("utf-8", "replace"))
        if self.output_bytes + size > self.output_limit:
            room = self.output_limit - self.output_bytes
            self.output.append(text.encode("utf-8", "replace")[:room].decode("utf-8", "ignore"))
            self.output_bytes = self.output_limit
            self.output_exceeded = True
            raise OutputLimit()
        self.output.append(text)
        self.output_bytes += size
        return len(text)

    def forbid(self, what):
        if self.forbidden is None:
            self.forbidden = forbidden_message(what)
        raise Forbidden(what)

    def module(self, name):
        if name not in self.modules:
            self.modules[name] = self.sys_module() if name == "sys" else self.copy_module(name)
        return self.modules[name]

    def copy_module(self, name):
        """A fresh module holding the public names of the real one: assigning to it changes nothing shared."""
        real = sys.modules[name]
        copy_ = types.ModuleType(name, real.__doc__)
        self.modules[name] = copy_
        hidden = HIDDEN_NAMES.get(name, frozenset())
        for key, value in list(vars(real).items()):
            if key.startswith("_") or key in hidden:
                continue
            if isinstance(value, types.ModuleType):
                if value.__name__ in ALLOWED_MODULES and value.__name__ != "sys":
                    setattr(copy_, key, self.module(value.__name__))
                continue
            setattr(copy_, key, value)
        if name == "operator":
            copy_.attrgetter = self.guarded_attrgetter
            copy_.methodcaller = self.guarded_methodcaller
        public = getattr(real, "__all__", None)
        if public is not None:
            copy_.__all__ = [key for key in public if hasattr(copy_, key)]
        return copy_

    def sys_module(self):
        class Reader:
            def read(self, *_args):
                return ""

            def readline(self, *_args):
                return ""

            def readlines(self, *_args):
                return []

        def setrecursionlimit(limit):
            sys.setrecursionlimit(max(50, min(int(limit), MAX_RECURSION_LIMIT)))

        def exit_(code=None):
            raise SystemExit(code)

        stand_in = types.ModuleType("sys", "The parts of sys a solution may use.")
        stand_in.setrecursionlimit = setrecursionlimit
        stand_in.getrecursionlimit = sys.getrecursionlimit
        stand_in.set_int_max_str_digits = sys.set_int_max_str_digits
        stand_in.get_int_max_str_digits = sys.get_int_max_str_digits
        stand_in.getsizeof = sys.getsizeof
        stand_in.maxsize = sys.maxsize
        stand_in.float_info = sys.float_info
        stand_in.int_info = sys.int_info
        stand_in.version_info = sys.version_info
        stand_in.version = sys.version.split(" ")[0]
        stand_in.byteorder = sys.byteorder
        stand_in.argv = ["solution.py"]
        stand_in.stdout = self.stdout
        stand_in.stderr = self.stderr
        stand_in.stdin = Reader()
        stand_in.exit = exit_
        return stand_in

    def check_name(self, name):
        if isinstance(name, str) and banned_attribute(name):
            self.forbid(f"the attribute {name}")

    def guarded_attrgetter(self, *names):
        for dotted in names:
            for part in str(dotted).split("."):
                self.check_name(part)
        return operator.attrgetter(*names)

    def guarded_methodcaller(self, name, *args, **kwargs):
        self.check_name(name)
        return operator.methodcaller(name, *args, **kwargs)

    def builtins(self):
        state = self
        namespace = {k: v for k, v in vars(builtins).items() if k not in REMOVED_BUILTINS}

        def guarded_import(name, globals=None, locals=None, fromlist=(), level=0):
            if level:
                state.forbid("a relative import")
            if name not in ALLOWED_MODULES:
                state.forbid(f"import {name}")
            if fromlist:
                return state.module(name)
            return state.module(name.partition(".")[0])

        def print_(*values, sep=" ", end="\n", file=None, flush=False):
            text = (" " if sep is None else str(sep)).join(str(v) for v in values) + ("\n" if end is None else str(end))
            if file is None or file is state.stdout or file is state.stderr:
                state.write(text)
            else:
                file.write(text)

        def getattr_(obj, name, *default):
            state.check_name(name)
            return getattr(obj, name, *default)

        def setattr_(obj, name, value):
            state.check_name(name)
            return setattr(obj, name, value)

        def delattr_(obj, name):
            state.check_name(name)
            return delattr(obj, name)

        def hasattr_(obj, name):
            state.check_name(name)
            return hasattr(obj, name)

        def vars_(*args):
            # Only the candidate's own objects: vars() of a type or module reaches the internals.
            if len(args) != 1 or isinstance(args[0], (type, types.ModuleType)) or type(args[0]).__module__ != "solution":
                state.forbid("vars() outside your own objects")
            return vars(args[0])

        def input_(*_args):
            raise EOFError("there is no input: tests pass their data as arguments")

        def trap(name):
            def forbidden(*_args, **_kwargs):
                state.forbid(f"{name}()")

            forbidden.__name__ = name
            return forbidden

        namespace.update(
            __import__=guarded_import,
            print=print_,
            getattr=getattr_,
            setattr=setattr_,
            delattr=delattr_,
            hasattr=hasattr_,
            vars=vars_,
            input=input_,
        )
        for name in FORBIDDEN_BUILTINS:
            namespace[name] = trap(name)
        return namespace


# The test being run, for the patched evaluators below.
current = [None]


def refuse_string_evaluation(*_args, **_kwargs):
    state = current[0]
    if state is not None:
        state.forbid("evaluating type annotations written as strings")
    raise Forbidden("evaluating type annotations written as strings")


# ForwardRef objects are reachable from typing.get_args(List["..."]); evaluating one runs its string
# as code with the real builtins. Solutions never need it.
typing.ForwardRef.evaluate = refuse_string_evaluation
if hasattr(typing.ForwardRef, "_evaluate"):
    typing.ForwardRef._evaluate = refuse_string_evaluation
typing.get_type_hints = refuse_string_evaluation
if hasattr(typing, "evaluate_forward_ref"):
    typing.evaluate_forward_ref = refuse_string_evaluation

# Audit events that list or walk every object or frame of the interpreter: a second line behind the
# source check (audit hooks cannot be removed once added).
AUDITED = frozenset(
    {"gc.get_objects", "gc.get_referrers", "gc.get_referents", "sys._current_frames", "sys._current_exceptions",
     "sys.settrace", "sys.setprofile", "code.__new__", "function.__new__", "ctypes.dlopen", "ctypes.addressof"}
)


def audit(event, _args):
    if current[0] is not None and event in AUDITED:
        raise Forbidden(event)


sys.addaudithook(audit)


def to_json_value(value):
    """json.dumps' default: the containers solutions often return besides lists and dicts."""
    if isinstance(value, (set, frozenset)):
        return list(value)
    if isinstance(value, collections.deque):
        return list(value)
    if isinstance(value, (fractions.Fraction, decimal.Decimal)):
        return float(value)
    raise TypeError(f"the result contains a {type(value).__name__}, which has no JSON form")


def describe_error(error):
    """Type: message, and the candidate's own frames (no harness or library paths)."""
    try:
        message = str(error)
    except BaseException:
        message = ""
    name = type(error).__name__
    frames = []
    try:
        for frame in traceback.extract_tb(error.__traceback__):
            if frame.filename == SOURCE_NAME:
                frames.append(f'  File "{SOURCE_NAME}", line {frame.lineno}, in {frame.name}')
    except BaseException:
        frames = []
    if len(frames) > SHOWN_FRAMES:
        frames = frames[:2] + [f"  ... {len(frames) - 4} more ..."] + frames[-2:]
    head = f"{name}: {message}" if message else name
    return "\n".join(frames + [head]) if frames else head


class Sandbox:
    """The object the JavaScript side calls: prepare(code) once per run, run_test per test."""

    def __init__(self):
        self.code = None

    def prepare(self, source):
        try:
            tree = ast.parse(source, SOURCE_NAME)
        except SyntaxError as error:
            where = f" (line {error.lineno})" if error.lineno else ""
            return json.dumps({"verdict": "compile-error", "error": f"{type(error).__name__}: {error.msg}{where}"})
        except (ValueError, MemoryError, RecursionError) as error:
            return json.dumps({"verdict": "compile-error", "error": f"{type(error).__name__}: {error}"})
        problem = check_source(tree)
        if problem is not None:
            return json.dumps({"verdict": "forbidden", "error": forbidden_message(problem)})
        try:
            self.code = compile(tree, SOURCE_NAME, "exec", dont_inherit=True)
        except SyntaxError as error:
            return json.dumps({"verdict": "compile-error", "error": f"SyntaxError: {error.msg} (line {error.lineno})"})
        return json.dumps({"verdict": None})

    def run_test(self, entry, kind, args_json, output_limit):
        state = TestState(int(output_limit))
        sys.setrecursionlimit(DEFAULT_RECURSION_LIMIT)
        decimal.setcontext(decimal.Context())
        random.seed(0)
        namespace = {"__name__": "solution", "__builtins__": state.builtins()}
        status, result, error = "ok", None, None
        current[0] = state
        try:
            exec(self.code, namespace)
            target = namespace.get(entry)
            if target is None:
                raise NameError(f"{entry} is not defined: the solution must define a {kind} named {entry}")
            args = json.loads(args_json)
            if kind == "function":
                value = target(*args)
            else:
                value = []
                instance = None
                for index, (method, *params) in enumerate(args):
                    if index == 0:
                        instance = target(*params)
                        value.append(None)
                        continue
                    bound = getattr(instance, method, None) if not banned_attribute(method) else None
                    if not callable(bound):
                        raise AttributeError(f"{method} is not a method of {entry}")
                    value.append(bound(*params))
            result = json.dumps(value, default=to_json_value, allow_nan=False)
        except Forbidden:
            status = "forbidden"
        except OutputLimit:
            status = "output-limit"
        except KeyboardInterrupt:
            status = "interrupted"
        except MemoryError:
            status = "memory"
        except BaseException as caught:
            # Still under the test's state: str() of the candidate's exception runs its code.
            status, error = "error", describe_error(caught)
        finally:
            current[0] = None
            sys.setrecursionlimit(DEFAULT_RECURSION_LIMIT)
        # A verdict recorded during the test stands even if the code caught the exception.
        if state.forbidden is not None:
            status, error = "forbidden", state.forbidden
        elif state.output_exceeded:
            status = "output-limit"
        return json.dumps({"status": status, "result": result, "error": error, "output": "".join(state.output)})


sandbox = Sandbox()
