// Python solutions through the real pool (Pyodide in worker threads): one fixture per kind of
// solution a candidate may send, escape attempts included, with the verdict it must get. Pyodide's
// cold start takes seconds, so one runner serves the whole file.
import { type CodeRunRequest, type TestVerdict, ZCodeRunResultSchema } from "@interviewer/engine";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCodeRunner, type SandboxCodeRunner } from "./code-runner.ts";
import { expectNoHostPaths, LRU_TESTS, request } from "./testing/code-fixtures.ts";

// Generous: the suite shares the machine with others, and only the runaway fixtures wait for it.
const TIMEOUT_MS = 3_000;
let runner: SandboxCodeRunner;

beforeAll(async () => {
  runner = createCodeRunner({ timeoutMs: TIMEOUT_MS, poolSize: 2 });
  await runner.warmUp(["python"]);
}, 180_000);

afterAll(async () => {
  await runner.close();
});

const CORRECT = `
from typing import List

def two_sum(nums: List[int], target: int) -> List[int]:
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return [seen[target - n], i]
        seen[n] = i
    return []
`;

interface Fixture {
  name: string;
  code: string;
  verdict: TestVerdict;
  error?: RegExp;
}

const FIXTURES: Fixture[] = [
  { name: "correct", code: CORRECT, verdict: "passed" },
  {
    name: "off by one (range starts at 1)",
    code: "def two_sum(nums, target):\n    for i in range(1, len(nums)):\n        for j in range(i + 1, len(nums)):\n            if nums[i] + nums[j] == target:\n                return [i, j]\n    return []\n",
    verdict: "failed",
  },
  {
    name: "wrong type (a tuple of strings)",
    code: "def two_sum(nums, target):\n    return ('0', '1')\n",
    verdict: "failed",
  },
  { name: "infinite loop", code: "def two_sum(nums, target):\n    while True:\n        pass\n", verdict: "time-limit" },
  {
    name: "memory bomb",
    code: "def two_sum(nums, target):\n    chunks = []\n    while True:\n        chunks.append([0] * (3 * 10**6))\n",
    verdict: "memory-limit",
    error: /memory limit/i,
  },
  {
    name: "deep recursion",
    code: "def two_sum(nums, target):\n    return two_sum(nums, target + 1)\n",
    verdict: "runtime-error",
    error: /RecursionError/,
  },
  {
    name: "huge output",
    code: "def two_sum(nums, target):\n    while True:\n        print('spam' * 100)\n",
    verdict: "output-limit",
  },
  {
    name: "import os",
    code: "import os\n\ndef two_sum(nums, target):\n    return os.listdir('/')\n",
    verdict: "forbidden",
    error: /import os is not allowed/,
  },
  {
    name: "open('/etc/passwd')",
    code: "def two_sum(nums, target):\n    return open('/etc/passwd').read()\n",
    verdict: "forbidden",
    error: /open\(\) is not allowed/,
  },
  {
    name: "__import__('subprocess'), even when the error is caught",
    code: "def two_sum(nums, target):\n    try:\n        __import__('subprocess')\n    except BaseException:\n        pass\n    return [0, 1]\n",
    verdict: "forbidden",
    error: /import subprocess is not allowed/,
  },
  { name: "import js", code: "import js\n\ndef two_sum(nums, target):\n    return [0, 1]\n", verdict: "forbidden" },
  {
    name: "import pyodide_js inside the function",
    code: "def two_sum(nums, target):\n    import pyodide_js\n    return [0, 1]\n",
    verdict: "forbidden",
  },
  {
    name: "walking to object.__subclasses__",
    code: "def two_sum(nums, target):\n    return [len(().__class__.__base__.__subclasses__()), 0]\n",
    verdict: "forbidden",
  },
  {
    name: "getattr around the source check",
    code: "def two_sum(nums, target):\n    return [len(getattr(object, '__subc' + 'lasses__')()), 0]\n",
    verdict: "forbidden",
  },
  { name: "eval", code: "def two_sum(nums, target):\n    return eval('[0, 1]')\n", verdict: "forbidden" },
  {
    name: "syntax error",
    code: "def two_sum(nums, target)\n    return [0, 1]\n",
    verdict: "compile-error",
    error: /SyntaxError.*line 1/,
  },
  {
    name: "throws",
    code: "def two_sum(nums, target):\n    return nums[10]\n",
    verdict: "runtime-error",
    error: /line 2, in two_sum[\s\S]*IndexError: list index out of range/,
  },
];

describe("python", () => {
  it.each(FIXTURES)("$name → $verdict", async ({ code, verdict, error }) => {
    const result = await runner.run(request("python", code));
    expect(ZCodeRunResultSchema.parse(result)).toEqual(result);
    expect(result.verdict).toBe(verdict);
    expect(result.tests[0]?.verdict).toBe(verdict);
    if (error !== undefined) expect(result.tests[0]?.error).toMatch(error);
    expectNoHostPaths(result);
  });

  it("shows examples' values and printed output; the standard library's algorithm modules work", async () => {
    const code = `
import sys, heapq, bisect, math, itertools, functools, re, json
from collections import Counter, deque, defaultdict
from dataclasses import dataclass
sys.setrecursionlimit(10**6)

@dataclass(order=True)
class Item:
    value: int

def two_sum(nums, target):
    print("nums", nums, file=sys.stderr)
    sys.stdout.write(f"{len(nums)}\\n")
    heap = [Item(n) for n in nums]
    heapq.heapify(heap)
    return [heap[0].value, math.floor(target / 10)]
`;
    const result = await runner.run(request("python", code));
    expect(result.tests[0]).toMatchObject({
      verdict: "failed",
      args: [[2, 7, 11, 15], 9],
      expected: [0, 1],
      actual: [2, 0],
      output: "nums [2, 7, 11, 15]\n4\n",
      error: null,
    });
  });

  it("hides a hidden test's values and output", async () => {
    const code = "def two_sum(nums, target):\n    print(nums)\n    return [1, 0]\n";
    const result = await runner.run(request("python", code, { reveal: false }));
    expect(result.tests[0]).toMatchObject({ verdict: "failed", args: null, expected: null, actual: null, output: "" });
  });

  it("isolates tests and runs: module state, patched modules and globals do not carry over", async () => {
    const code = `
import math
math.floor = lambda x: 42
counter = [0]
def two_sum(nums, target):
    counter[0] += 1
    return [counter[0], 0]
`;
    const first = await runner.run(request("python", code));
    expect(first.tests.map((test) => test.actual)).toEqual([
      [1, 0],
      [1, 0],
      [1, 0],
    ]);
    const next = await runner.run(
      request("python", "import math\ndef two_sum(nums, target):\n    return [math.floor(0.5), 1]\n"),
    );
    expect(next.tests[0]?.actual).toEqual([0, 1]);
  });

  it("the LRU cache class question passes, and a broken one fails", async () => {
    const code = `
from collections import OrderedDict

class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self._items = OrderedDict()

    def get(self, key: int) -> int:
        if key not in self._items:
            return -1
        self._items.move_to_end(key)
        return self._items[key]

    def put(self, key: int, value: int) -> None:
        self._items[key] = value
        self._items.move_to_end(key)
        if len(self._items) > self.capacity:
            self._items.popitem(last=False)
`;
    const lru: Partial<CodeRunRequest> = { kind: "class", entryPoint: "LRUCache", tests: LRU_TESTS };
    const result = await runner.run(request("python", code, lru));
    expect(result.verdict).toBe("passed");
    expect(result.tests[0]?.actual).toEqual(LRU_TESTS[0]?.expected);
    const broken = await runner.run(request("python", code.replace("last=False", "last=True"), lru));
    expect(broken.verdict).toBe("failed");
  });

  it("code that swallows the interrupt is ended by replacing its worker; the pool goes on", async () => {
    const code =
      "def two_sum(nums, target):\n    while True:\n        try:\n            while True:\n                pass\n        except BaseException:\n            pass\n";
    const result = await runner.run(request("python", code));
    expect(result.tests.map((test) => test.verdict)).toEqual(["time-limit", "time-limit", "time-limit"]);
    expect(result.tests[0]?.error).toMatch(/did not stop/);
    const after = await runner.run(request("python", CORRECT));
    expect(after.verdict).toBe("passed");
  }, 180_000);
});
