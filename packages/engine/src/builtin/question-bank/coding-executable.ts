// Executable specs for the coding questions of the built-in bank (coding.ts): per runnable language a
// signature, starter code and a reference solution, visible examples and hidden tests. Tests are JSON
// data. Questions about time (rate limiter, debounce, scheduler…) take the time as an argument or get
// fake timers from a small test harness in the starter code, the way interviewers make them testable;
// questions that need real infrastructure are listed in NOT_EXECUTABLE and graded by reading.
//
// Class specs use one-word method names (get, put, allow…) because the tests name methods once for
// every language: "topK" would have to be "top_k" in Python.
import type { CodeTestCase, ExecutableSpec, Json } from "../../code/code-execution.ts";
import { CODING_QUESTIONS } from "./coding.ts";

/**
 * Source code written indented inside this file: drops the first line break and the common
 * indentation. String.raw keeps backslashes (regexes, "\n" in Python) exactly as written.
 */
function source(strings: TemplateStringsArray, ...values: string[]): string {
  const lines = String.raw({ raw: strings.raw }, ...values)
    .replace(/^\n/, "")
    .replace(/\n\s*$/, "")
    .split("\n");
  const indents = lines.filter((line) => line.trim() !== "").map((line) => line.length - line.trimStart().length);
  const indent = Math.min(...indents);
  return `${lines.map((line) => line.slice(indent)).join("\n")}\n`;
}

/** Pieces of one program (a shared helper, the solution, a test harness), a blank line apart. */
function program(...parts: string[]): string {
  return `${parts.map((part) => part.trim()).join("\n\n")}\n`;
}

function test(name: string, args: Json[], expected: Json): CodeTestCase {
  return { name, args, expected };
}

/** The same name in JavaScript and TypeScript, the snake_case one in Python. */
function entry(camel: string, python: string): ExecutableSpec["entryPoint"] {
  return { javascript: camel, typescript: camel, python };
}

const range = (length: number, from = 0): number[] => Array.from({ length }, (_, i) => from + i);

// TypeScript solutions avoid parameter properties and enums, so erasing the types is enough to run them.

// A binary heap shared by the reference solutions that need a priority queue (JavaScript has none).
const MIN_HEAP_JS = source`
  class MinHeap {
    constructor(less) {
      this.less = less;
      this.items = [];
    }
    get size() {
      return this.items.length;
    }
    peek() {
      return this.items[0];
    }
    push(item) {
      const items = this.items;
      items.push(item);
      for (let i = items.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!this.less(items[i], items[parent])) break;
        [items[i], items[parent]] = [items[parent], items[i]];
        i = parent;
      }
    }
    pop() {
      const items = this.items;
      const top = items[0];
      const last = items.pop();
      if (items.length > 0 && last !== undefined) {
        items[0] = last;
        for (let i = 0; ; ) {
          const l = 2 * i + 1;
          const r = l + 1;
          let smallest = i;
          if (l < items.length && this.less(items[l], items[smallest])) smallest = l;
          if (r < items.length && this.less(items[r], items[smallest])) smallest = r;
          if (smallest === i) break;
          [items[i], items[smallest]] = [items[smallest], items[i]];
          i = smallest;
        }
      }
      return top;
    }
  }
`;

const MIN_HEAP_TS = source`
  class MinHeap<T> {
    private readonly items: T[] = [];
    private readonly less: (a: T, b: T) => boolean;
    constructor(less: (a: T, b: T) => boolean) {
      this.less = less;
    }
    get size(): number {
      return this.items.length;
    }
    peek(): T | undefined {
      return this.items[0];
    }
    push(item: T): void {
      const items = this.items;
      items.push(item);
      for (let i = items.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!this.less(items[i], items[parent])) break;
        [items[i], items[parent]] = [items[parent], items[i]];
        i = parent;
      }
    }
    pop(): T | undefined {
      const items = this.items;
      const top = items[0];
      const last = items.pop();
      if (items.length > 0 && last !== undefined) {
        items[0] = last;
        for (let i = 0; ; ) {
          const l = 2 * i + 1;
          const r = l + 1;
          let smallest = i;
          if (l < items.length && this.less(items[l], items[smallest])) smallest = l;
          if (r < items.length && this.less(items[r], items[smallest])) smallest = r;
          if (smallest === i) break;
          [items[i], items[smallest]] = [items[smallest], items[i]];
          i = smallest;
        }
      }
      return top;
    }
  }
`;

// ---------------------------------------------------------------------------------------------- junior

const twoSum: ExecutableSpec = {
  questionId: "code-j-two-sum",
  kind: "function",
  entryPoint: entry("twoSum", "two_sum"),
  comparison: "unordered",
  starterCode: {
    javascript: source`
      /**
       * Returns the indices [i, j] of two different elements of nums that add up to target,
       * or null when no pair does. Each test has at most one such pair.
       * Executable: the tests call twoSum(nums, target); the two indices may come in either order.
       */
      function twoSum(nums, target) {
        // Your code here.
      }
    `,
    typescript: source`
      /**
       * Returns the indices [i, j] of two different elements of nums that add up to target,
       * or null when no pair does. Each test has at most one such pair.
       * Executable: the tests call twoSum(nums, target); the two indices may come in either order.
       */
      function twoSum(nums: number[], target: number): [number, number] | null {
        // Your code here.
      }
    `,
    python: source`
      def two_sum(nums: list[int], target: int) -> list[int] | None:
          """Return the indices [i, j] of two different elements of nums that add up to target, or None.

          Each test has at most one such pair.
          Executable: the tests call two_sum(nums, target); the two indices may come in either order.
          """
          # Your code here.
          pass
    `,
  },
  examples: [
    test("finds the pair", [[2, 7, 11, 15], 9], [0, 1]),
    test("pair away from the start", [[3, 2, 4], 6], [1, 2]),
  ],
  hiddenTests: [
    test("duplicate values", [[3, 3], 6], [0, 1]),
    test("empty array", [[], 5], null),
    test("single element is not paired with itself", [[5], 10], null),
    test("no element is reused", [[2, 5, 1], 4], null),
    test("no pair", [[1, 2, 3], 100], null),
    test("negative numbers", [[-3, 4, 3, 90], 0], [0, 2]),
    test("zeros", [[0, 4, 3, 0], 0], [0, 3]),
    test("equal values far apart", [[5, 1, 5], 10], [0, 2]),
    test("large values", [[1_000_000_000, -999_999_999, 5], 1], [0, 1]),
    test("pair at the end of a long array", [range(1000), 1997], [998, 999]),
  ],
  referenceSolutions: {
    javascript: source`
      function twoSum(nums, target) {
        const seen = new Map(); // value -> index
        for (let i = 0; i < nums.length; i++) {
          const j = seen.get(target - nums[i]);
          if (j !== undefined) return [j, i];
          seen.set(nums[i], i);
        }
        return null;
      }
    `,
    typescript: source`
      function twoSum(nums: number[], target: number): [number, number] | null {
        const seen = new Map<number, number>(); // value -> index
        for (let i = 0; i < nums.length; i++) {
          const j = seen.get(target - nums[i]);
          if (j !== undefined) return [j, i];
          seen.set(nums[i], i);
        }
        return null;
      }
    `,
    python: source`
      def two_sum(nums: list[int], target: int) -> list[int] | None:
          seen: dict[int, int] = {}  # value -> index
          for i, value in enumerate(nums):
              j = seen.get(target - value)
              if j is not None:
                  return [j, i]
              seen[value] = i
          return None
    `,
  },
};

const palindrome: ExecutableSpec = {
  questionId: "code-j-palindrome",
  kind: "function",
  entryPoint: entry("isPalindrome", "is_palindrome"),
  comparison: "exact",
  starterCode: {
    javascript: source`
      /**
       * Whether s reads the same both ways, ignoring case and every character that is not an ASCII
       * letter or digit.
       * Executable: the tests call isPalindrome(s) and expect true or false.
       */
      function isPalindrome(s) {
        // Your code here.
      }
    `,
    typescript: source`
      /**
       * Whether s reads the same both ways, ignoring case and every character that is not an ASCII
       * letter or digit.
       * Executable: the tests call isPalindrome(s) and expect true or false.
       */
      function isPalindrome(s: string): boolean {
        // Your code here.
      }
    `,
    python: source`
      def is_palindrome(s: str) -> bool:
          """Whether s reads the same both ways, ignoring case and anything but ASCII letters and digits.

          Executable: the tests call is_palindrome(s) and expect True or False.
          """
          # Your code here.
          pass
    `,
  },
  examples: [
    test("sentence with punctuation", ["A man, a plan, a canal: Panama"], true),
    test("not a palindrome", ["race a car"], false),
  ],
  hiddenTests: [
    test("empty string", [""], true),
    test("single character", ["a"], true),
    test("punctuation only", [".,!"], true),
    test("mixed case", ["Aa"], true),
    test("two different letters", ["ab"], false),
    test("digit and letter", ["0P"], false),
    test("even length", ["abba"], true),
    test("odd length", ["abcba"], true),
    test("quotes and spaces", ["No 'x' in Nixon"], true),
    test("digits with a space", ["123 21"], true),
    test("near miss", ["ab2a"], false),
    test("long palindrome", [`${"a".repeat(5000)}b${"a".repeat(5000)}`], true),
  ],
  referenceSolutions: {
    javascript: source`
      const isAlphanumeric = (ch) => /[a-z0-9]/i.test(ch);

      function isPalindrome(s) {
        let left = 0;
        let right = s.length - 1;
        while (left < right) {
          if (!isAlphanumeric(s[left])) {
            left++;
          } else if (!isAlphanumeric(s[right])) {
            right--;
          } else {
            if (s[left].toLowerCase() !== s[right].toLowerCase()) return false;
            left++;
            right--;
          }
        }
        return true;
      }
    `,
    typescript: source`
      const isAlphanumeric = (ch: string): boolean => /[a-z0-9]/i.test(ch);

      function isPalindrome(s: string): boolean {
        let left = 0;
        let right = s.length - 1;
        while (left < right) {
          if (!isAlphanumeric(s[left])) {
            left++;
          } else if (!isAlphanumeric(s[right])) {
            right--;
          } else {
            if (s[left].toLowerCase() !== s[right].toLowerCase()) return false;
            left++;
            right--;
          }
        }
        return true;
      }
    `,
    python: source`
      def _alphanumeric(ch: str) -> bool:
          return ch.isascii() and ch.isalnum()


      def is_palindrome(s: str) -> bool:
          left, right = 0, len(s) - 1
          while left < right:
              if not _alphanumeric(s[left]):
                  left += 1
              elif not _alphanumeric(s[right]):
                  right -= 1
              else:
                  if s[left].lower() != s[right].lower():
                      return False
                  left += 1
                  right -= 1
          return True
    `,
  },
};

const countWords: ExecutableSpec = {
  questionId: "code-j-count-words",
  kind: "function",
  entryPoint: entry("topWords", "top_words"),
  comparison: "exact",
  starterCode: {
    javascript: source`
      /**
       * The k most frequent words of text as [word, count] pairs, most frequent first; equal counts in
       * alphabetical order. Words are lower-cased, and a word is a run of the letters a-z and
       * apostrophes (so "it's" is one word and digits are not words).
       * Executable: the tests call topWords(text, k), k being 10 in the question.
       */
      function topWords(text, k) {
        // Your code here.
      }
    `,
    typescript: source`
      /**
       * The k most frequent words of text as [word, count] pairs, most frequent first; equal counts in
       * alphabetical order. Words are lower-cased, and a word is a run of the letters a-z and
       * apostrophes (so "it's" is one word and digits are not words).
       * Executable: the tests call topWords(text, k), k being 10 in the question.
       */
      function topWords(text: string, k: number): Array<[string, number]> {
        // Your code here.
      }
    `,
    python: source`
      def top_words(text: str, k: int) -> list[tuple[str, int]]:
          """The k most frequent words of text as (word, count) pairs, most frequent first.

          Equal counts come in alphabetical order. Words are lower-cased, and a word is a run of the
          letters a-z and apostrophes (so "it's" is one word and digits are not words).
          Executable: the tests call top_words(text, k), k being 10 in the question.
          """
          # Your code here.
          pass
    `,
  },
  examples: [
    test(
      "most frequent first",
      ["the cat and the hat and the bat", 2],
      [
        ["the", 3],
        ["and", 2],
      ],
    ),
  ],
  hiddenTests: [
    test("empty text", ["", 10], []),
    test("case and punctuation", ["Hello, hello! HELLO?", 10], [["hello", 3]]),
    test(
      "ties in alphabetical order",
      ["b a c b a c d", 3],
      [
        ["a", 2],
        ["b", 2],
        ["c", 2],
      ],
    ),
    test(
      "apostrophes and digits",
      ["it's 2024: it's fine", 10],
      [
        ["it's", 2],
        ["fine", 1],
      ],
    ),
    test(
      "fewer words than k",
      ["one two two", 10],
      [
        ["two", 2],
        ["one", 1],
      ],
    ),
    test("k of zero", ["some words here", 0], []),
    test("only punctuation and digits", ["... 42 !!! 7", 10], []),
    test(
      "new lines and tabs",
      ["red\nblue\tred\n\nblue red", 10],
      [
        ["red", 3],
        ["blue", 2],
      ],
    ),
    test(
      "top ten of twelve",
      [
        "a a a a a a a a a a a a b b b b b b b b b b b c c c c c c c c c c d d d d d d d d d e e e e e e e e f f f f f f f g g g g g g h h h h h i i i i j j j k k l",
        10,
      ],
      [
        ["a", 12],
        ["b", 11],
        ["c", 10],
        ["d", 9],
        ["e", 8],
        ["f", 7],
        ["g", 6],
        ["h", 5],
        ["i", 4],
        ["j", 3],
      ],
    ),
    test(
      "large text",
      [`${"log ".repeat(3000)}${"error ".repeat(2000)}warn`, 10],
      [
        ["log", 3000],
        ["error", 2000],
        ["warn", 1],
      ],
    ),
  ],
  referenceSolutions: {
    javascript: source`
      function topWords(text, k) {
        const counts = new Map();
        for (const word of text.toLowerCase().match(/[a-z']+/g) || []) {
          counts.set(word, (counts.get(word) || 0) + 1);
        }
        return [...counts.entries()]
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
          .slice(0, k);
      }
    `,
    typescript: source`
      function topWords(text: string, k: number): Array<[string, number]> {
        const counts = new Map<string, number>();
        for (const word of text.toLowerCase().match(/[a-z']+/g) ?? []) {
          counts.set(word, (counts.get(word) ?? 0) + 1);
        }
        return [...counts.entries()]
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
          .slice(0, k);
      }
    `,
    python: source`
      import re
      from collections import Counter


      def top_words(text: str, k: int) -> list[tuple[str, int]]:
          counts = Counter(re.findall(r"[a-z']+", text.lower()))
          return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:k]
    `,
  },
};

// The tests pass arrays; these harnesses build the list, call reverseList and read the result back.
const REVERSE_HARNESS_JS = source`
    // Test harness, keep it. Executable: the tests call reverseFromArray(values), which builds a list
    // from the values, calls your reverseList and reads the reversed list back into an array.
    function reverseFromArray(values) {
      let head = null;
      for (let i = values.length - 1; i >= 0; i--) head = new ListNode(values[i], head);
      const out = [];
      for (let node = reverseList(head); node; node = node.next) {
        if (out.length === values.length) throw new Error("the reversed list is longer than the input: a cycle?");
        out.push(node.value);
      }
      return out;
    }
`;

const REVERSE_HARNESS_TS = source`
    // Test harness, keep it. Executable: the tests call reverseFromArray(values), which builds a list
    // from the values, calls your reverseList and reads the reversed list back into an array.
    function reverseFromArray(values: number[]): number[] {
      let head: ListNode | null = null;
      for (let i = values.length - 1; i >= 0; i--) head = new ListNode(values[i], head);
      const out: number[] = [];
      for (let node = reverseList(head); node; node = node.next) {
        if (out.length === values.length) throw new Error("the reversed list is longer than the input: a cycle?");
        out.push(node.value);
      }
      return out;
    }
`;

const REVERSE_HARNESS_PY = source`
    # Test harness, keep it. Executable: the tests call reverse_from_array(values), which builds a list
    # from the values, calls your reverse_list and reads the reversed list back into a list.
    def reverse_from_array(values: list[int]) -> list[int]:
        head = None
        for value in reversed(values):
            head = ListNode(value, head)
        out: list[int] = []
        node = reverse_list(head)
        while node is not None:
            if len(out) == len(values):
                raise ValueError("the reversed list is longer than the input: a cycle?")
            out.append(node.value)
            node = node.next
        return out
`;

const reverseLinkedList: ExecutableSpec = {
  questionId: "code-j-reverse-linked-list",
  kind: "function",
  entryPoint: entry("reverseFromArray", "reverse_from_array"),
  comparison: "exact",
  starterCode: {
    javascript: program(
      source`
        class ListNode {
          constructor(value, next = null) {
            this.value = value;
            this.next = next;
          }
        }

        /** Reverses the list in place and returns the new head (null for an empty list). */
        function reverseList(head) {
          // Your code here.
        }
      `,
      REVERSE_HARNESS_JS,
    ),
    typescript: program(
      source`
        class ListNode {
          value: number;
          next: ListNode | null;
          constructor(value: number, next: ListNode | null = null) {
            this.value = value;
            this.next = next;
          }
        }

        /** Reverses the list in place and returns the new head (null for an empty list). */
        function reverseList(head: ListNode | null): ListNode | null {
          // Your code here.
        }
      `,
      REVERSE_HARNESS_TS,
    ),
    python: program(
      source`
        class ListNode:
            def __init__(self, value: int, next: "ListNode | None" = None):
                self.value = value
                self.next = next


        def reverse_list(head: ListNode | None) -> ListNode | None:
            """Reverse the list in place and return the new head (None for an empty list)."""
            # Your code here.
            pass
      `,
      REVERSE_HARNESS_PY,
    ),
  },
  examples: [test("five nodes", [[1, 2, 3, 4, 5]], [5, 4, 3, 2, 1])],
  hiddenTests: [
    test("empty list", [[]], []),
    test("single node", [[7]], [7]),
    test("two nodes", [[1, 2]], [2, 1]),
    test("duplicate values", [[1, 1, 2]], [2, 1, 1]),
    test("negative values", [[-3, 0, -1]], [-1, 0, -3]),
    test("long list", [range(1000)], range(1000).reverse()),
  ],
  referenceSolutions: {
    javascript: program(
      source`
        class ListNode {
          constructor(value, next = null) {
            this.value = value;
            this.next = next;
          }
        }

        function reverseList(head) {
          let prev = null;
          let curr = head;
          while (curr !== null) {
            const saved = curr.next; // save next before rewiring
            curr.next = prev;
            prev = curr;
            curr = saved;
          }
          return prev;
        }
      `,
      REVERSE_HARNESS_JS,
    ),
    typescript: program(
      source`
        class ListNode {
          value: number;
          next: ListNode | null;
          constructor(value: number, next: ListNode | null = null) {
            this.value = value;
            this.next = next;
          }
        }

        function reverseList(head: ListNode | null): ListNode | null {
          let prev: ListNode | null = null;
          let curr = head;
          while (curr !== null) {
            const saved: ListNode | null = curr.next; // save next before rewiring
            curr.next = prev;
            prev = curr;
            curr = saved;
          }
          return prev;
        }
      `,
      REVERSE_HARNESS_TS,
    ),
    python: program(
      source`
        class ListNode:
            def __init__(self, value: int, next: "ListNode | None" = None):
                self.value = value
                self.next = next


        def reverse_list(head: ListNode | None) -> ListNode | None:
            prev = None
            curr = head
            while curr is not None:
                saved = curr.next  # save next before rewiring
                curr.next = prev
                prev = curr
                curr = saved
            return prev
      `,
      REVERSE_HARNESS_PY,
    ),
  },
};

const validParentheses: ExecutableSpec = {
  questionId: "code-j-valid-parentheses",
  kind: "function",
  entryPoint: entry("isBalanced", "is_balanced"),
  comparison: "exact",
  starterCode: {
    javascript: source`
      /**
       * Whether every (, [ and { in s is closed by its matching bracket in the right order.
       * Other characters are ignored.
       * Executable: the tests call isBalanced(s) and expect true or false.
       */
      function isBalanced(s) {
        // Your code here.
      }
    `,
    typescript: source`
      /**
       * Whether every (, [ and { in s is closed by its matching bracket in the right order.
       * Other characters are ignored.
       * Executable: the tests call isBalanced(s) and expect true or false.
       */
      function isBalanced(s: string): boolean {
        // Your code here.
      }
    `,
    python: source`
      def is_balanced(s: str) -> bool:
          """Whether every (, [ and { in s is closed by its matching bracket in the right order.

          Other characters are ignored.
          Executable: the tests call is_balanced(s) and expect True or False.
          """
          # Your code here.
          pass
    `,
  },
  examples: [test("nested and sequential", ["([]{})"], true), test("crossed pairs", ["([)]"], false)],
  hiddenTests: [
    test("empty string", [""], true),
    test("unclosed opener", ["("], false),
    test("closer on an empty stack", [")"], false),
    test("closer first", ["}{"], false),
    test("deep nesting", ["{[()()]}"], true),
    test("only openers", ["(((("], false),
    test("other characters ignored", ["a(b)c[d]{e}"], true),
    test("one opener too many", ["(()"], false),
    test("one closer too many", ["())"], false),
    test("lone square bracket", ["]"], false),
    test("long balanced string", [`${"(".repeat(5000)}${")".repeat(5000)}`], true),
    test("long string closed one short", [`${"[".repeat(5000)}${"]".repeat(4999)}`], false),
  ],
  referenceSolutions: {
    javascript: source`
      const PAIRS = { ")": "(", "]": "[", "}": "{" };

      function isBalanced(s) {
        const stack = [];
        for (const ch of s) {
          if (ch === "(" || ch === "[" || ch === "{") {
            stack.push(ch);
          } else if (ch in PAIRS) {
            if (stack.pop() !== PAIRS[ch]) return false; // also catches a closer on an empty stack
          }
        }
        return stack.length === 0;
      }
    `,
    typescript: source`
      const PAIRS: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

      function isBalanced(s: string): boolean {
        const stack: string[] = [];
        for (const ch of s) {
          if (ch === "(" || ch === "[" || ch === "{") {
            stack.push(ch);
          } else if (ch in PAIRS) {
            if (stack.pop() !== PAIRS[ch]) return false; // also catches a closer on an empty stack
          }
        }
        return stack.length === 0;
      }
    `,
    python: source`
      PAIRS = {")": "(", "]": "[", "}": "{"}


      def is_balanced(s: str) -> bool:
          stack: list[str] = []
          for ch in s:
              if ch in "([{":
                  stack.append(ch)
              elif ch in PAIRS:
                  if not stack or stack.pop() != PAIRS[ch]:
                      return False
          return not stack
    `,
  },
};

const mergeSorted: ExecutableSpec = {
  questionId: "code-j-merge-sorted",
  kind: "function",
  entryPoint: entry("mergeSorted", "merge_sorted"),
  comparison: "exact",
  starterCode: {
    javascript: source`
      /**
       * Merges two arrays sorted in ascending order into one sorted array, without a built-in sort.
       * Executable: the tests call mergeSorted(a, b).
       */
      function mergeSorted(a, b) {
        // Your code here.
      }
    `,
    typescript: source`
      /**
       * Merges two arrays sorted in ascending order into one sorted array, without a built-in sort.
       * Executable: the tests call mergeSorted(a, b).
       */
      function mergeSorted(a: number[], b: number[]): number[] {
        // Your code here.
      }
    `,
    python: source`
      def merge_sorted(a: list[int], b: list[int]) -> list[int]:
          """Merge two lists sorted in ascending order into one sorted list, without a built-in sort.

          Executable: the tests call merge_sorted(a, b).
          """
          # Your code here.
          pass
    `,
  },
  examples: [
    test(
      "interleaved",
      [
        [1, 3, 5],
        [2, 4, 6],
      ],
      [1, 2, 3, 4, 5, 6],
    ),
  ],
  hiddenTests: [
    test("both empty", [[], []], []),
    test("first empty", [[], [1, 2]], [1, 2]),
    test("second empty", [[1, 2], []], [1, 2]),
    test(
      "duplicates across arrays",
      [
        [1, 2, 2],
        [2, 3],
      ],
      [1, 2, 2, 2, 3],
    ),
    test(
      "negative numbers",
      [
        [-5, -1, 0],
        [-3, 2],
      ],
      [-5, -3, -1, 0, 2],
    ),
    test("very different lengths", [[10], [1, 2, 3, 4, 5, 11]], [1, 2, 3, 4, 5, 10, 11]),
    test(
      "all of one before the other",
      [
        [1, 2, 3],
        [7, 8, 9],
      ],
      [1, 2, 3, 7, 8, 9],
    ),
    test("large values", [[-2_000_000_000, 3_000_000_000], [0]], [-2_000_000_000, 0, 3_000_000_000]),
    test("long arrays", [range(500).map((i) => 2 * i), range(500).map((i) => 2 * i + 1)], range(1000)),
  ],
  referenceSolutions: {
    javascript: source`
      function mergeSorted(a, b) {
        const out = [];
        let i = 0;
        let j = 0;
        while (i < a.length && j < b.length) {
          if (a[i] <= b[j]) out.push(a[i++]);
          else out.push(b[j++]);
        }
        while (i < a.length) out.push(a[i++]);
        while (j < b.length) out.push(b[j++]);
        return out;
      }
    `,
    typescript: source`
      function mergeSorted(a: number[], b: number[]): number[] {
        const out: number[] = [];
        let i = 0;
        let j = 0;
        while (i < a.length && j < b.length) {
          if (a[i] <= b[j]) out.push(a[i++]);
          else out.push(b[j++]);
        }
        while (i < a.length) out.push(a[i++]);
        while (j < b.length) out.push(b[j++]);
        return out;
      }
    `,
    python: source`
      def merge_sorted(a: list[int], b: list[int]) -> list[int]:
          out: list[int] = []
          i = j = 0
          while i < len(a) and j < len(b):
              if a[i] <= b[j]:
                  out.append(a[i])
                  i += 1
              else:
                  out.append(b[j])
                  j += 1
          out.extend(a[i:])
          out.extend(b[j:])
          return out
    `,
  },
};

// The question calls an HTTP API; the runnable variant injects the request and the sleep, the way a
// unit test would, so no network and no real waiting are needed.
const FETCH_HARNESS_JS = source`
  // Test harness, keep it. Executable: the tests call simulateFetch(outcomes, maxAttempts, baseDelayMs).
  // Each call of request() answers with the next scripted outcome: a status code gives a response
  // { status }, "network-error" and "timeout" throw. sleep(ms) records the delay instead of waiting.
  function simulateFetch(outcomes, maxAttempts, baseDelayMs) {
    let attempts = 0;
    const delays = [];
    const request = () => {
      const next = attempts < outcomes.length ? outcomes[attempts] : "network-error";
      attempts++;
      if (next === "network-error") throw new Error("network error");
      if (next === "timeout") throw new Error("request timed out");
      return { status: next };
    };
    const sleep = (ms) => {
      delays.push(ms);
    };
    try {
      const response = fetchWithRetry(request, maxAttempts, baseDelayMs, sleep);
      return { outcome: response ? response.status : null, attempts, delays };
    } catch {
      return { outcome: "error", attempts, delays };
    }
  }
`;

const FETCH_HARNESS_TS = source`
  // Test harness, keep it. Executable: the tests call simulateFetch(outcomes, maxAttempts, baseDelayMs).
  // Each call of request() answers with the next scripted outcome: a status code gives a response
  // { status }, "network-error" and "timeout" throw. sleep(ms) records the delay instead of waiting.
  function simulateFetch(outcomes: Array<number | string>, maxAttempts: number, baseDelayMs: number) {
    let attempts = 0;
    const delays: number[] = [];
    const request = (): HttpResponse => {
      const next = attempts < outcomes.length ? outcomes[attempts] : "network-error";
      attempts++;
      if (next === "network-error") throw new Error("network error");
      if (next === "timeout") throw new Error("request timed out");
      return { status: Number(next) };
    };
    const sleep = (ms: number): void => {
      delays.push(ms);
    };
    try {
      const response = fetchWithRetry(request, maxAttempts, baseDelayMs, sleep);
      return { outcome: response ? response.status : null, attempts, delays };
    } catch {
      return { outcome: "error", attempts, delays };
    }
  }
`;

const FETCH_HARNESS_PY = source`
  # Test harness, keep it. Executable: the tests call simulate_fetch(outcomes, max_attempts, base_delay_ms).
  # Each call of request() answers with the next scripted outcome: a status code gives a Response,
  # "network-error" raises ConnectionError and "timeout" raises TimeoutError. sleep(ms) records the
  # delay instead of waiting.
  def simulate_fetch(outcomes: list, max_attempts: int, base_delay_ms: int) -> dict:
      attempts = 0
      delays: list[int] = []

      def request() -> Response:
          nonlocal attempts
          next_outcome = outcomes[attempts] if attempts < len(outcomes) else "network-error"
          attempts += 1
          if next_outcome == "network-error":
              raise ConnectionError("network error")
          if next_outcome == "timeout":
              raise TimeoutError("request timed out")
          return Response(next_outcome)

      def sleep(ms: int) -> None:
          delays.append(ms)

      try:
          response = fetch_with_retry(request, max_attempts, base_delay_ms, sleep)
          return {"outcome": response.status if response else None, "attempts": attempts, "delays": delays}
      except Exception:
          return {"outcome": "error", "attempts": attempts, "delays": delays}
`;

const RESPONSE_PY = source`
  class Response:
      def __init__(self, status: int):
          self.status = status
`;

const fetchRetry: ExecutableSpec = {
  questionId: "code-j-fetch-retry",
  kind: "function",
  entryPoint: entry("simulateFetch", "simulate_fetch"),
  comparison: "exact",
  starterCode: {
    javascript: program(
      source`
        /**
         * Calls request() up to maxAttempts times and returns the first response worth returning.
         * - request() returns a response { status } or throws (network error, timeout).
         * - Retry thrown errors, 429 and 5xx; return any other response at once (2xx, 3xx, 4xx).
         * - Before retry n (n = 1, 2, ...) call sleep(baseDelayMs * 2 ** (n - 1)): exponential
         *   backoff (the real helper adds jitter; here the delays must be exact).
         * - When every attempt failed, throw (the last error, or an Error for the last bad status).
         * Synchronous variant of the async helper: request and sleep are injected so the tests need
         * no network and no waiting.
         */
        function fetchWithRetry(request, maxAttempts, baseDelayMs, sleep) {
          // Your code here.
        }
      `,
      FETCH_HARNESS_JS,
    ),
    typescript: program(
      source`
        interface HttpResponse {
          status: number;
        }

        /**
         * Calls request() up to maxAttempts times and returns the first response worth returning.
         * - request() returns a response { status } or throws (network error, timeout).
         * - Retry thrown errors, 429 and 5xx; return any other response at once (2xx, 3xx, 4xx).
         * - Before retry n (n = 1, 2, ...) call sleep(baseDelayMs * 2 ** (n - 1)): exponential
         *   backoff (the real helper adds jitter; here the delays must be exact).
         * - When every attempt failed, throw (the last error, or an Error for the last bad status).
         * Synchronous variant of the async helper: request and sleep are injected so the tests need
         * no network and no waiting.
         */
        function fetchWithRetry(
          request: () => HttpResponse,
          maxAttempts: number,
          baseDelayMs: number,
          sleep: (ms: number) => void,
        ): HttpResponse {
          // Your code here.
        }
      `,
      FETCH_HARNESS_TS,
    ),
    python: program(
      RESPONSE_PY,
      source`
        def fetch_with_retry(request, max_attempts: int, base_delay_ms: int, sleep) -> Response:
            """Call request() up to max_attempts times and return the first response worth returning.

            - request() returns a Response (with .status) or raises (ConnectionError, TimeoutError).
            - Retry raised errors, 429 and 5xx; return any other response at once (2xx, 3xx, 4xx).
            - Before retry n (n = 1, 2, ...) call sleep(base_delay_ms * 2 ** (n - 1)): exponential
              backoff (the real helper adds jitter; here the delays must be exact).
            - When every attempt failed, raise (the last error, or an exception for the last bad status).
            Synchronous variant of the helper: request and sleep are injected so the tests need no
            network and no waiting.
            """
            # Your code here.
            pass
      `,
      FETCH_HARNESS_PY,
    ),
  },
  examples: [
    test("retries a 503, then succeeds", [[503, 200], 3, 100], { outcome: 200, attempts: 2, delays: [100] }),
    test("returns a 404 without retrying", [[404], 3, 100], { outcome: 404, attempts: 1, delays: [] }),
  ],
  hiddenTests: [
    test("success on the first attempt", [[200], 3, 100], { outcome: 200, attempts: 1, delays: [] }),
    test("gives up after three 503s", [[503, 503, 503], 3, 100], { outcome: "error", attempts: 3, delays: [100, 200] }),
    test("network error and timeout are retried", [["network-error", "timeout", 200], 3, 50], {
      outcome: 200,
      attempts: 3,
      delays: [50, 100],
    }),
    test("429 is retried", [[429, 201], 3, 10], { outcome: 201, attempts: 2, delays: [10] }),
    test("400 is not retried", [[400, 200], 3, 100], { outcome: 400, attempts: 1, delays: [] }),
    test("a 4xx after a 5xx is returned", [[500, 404], 3, 100], { outcome: 404, attempts: 2, delays: [100] }),
    test("a redirect is returned", [[304], 3, 100], { outcome: 304, attempts: 1, delays: [] }),
    test("one attempt only", [[503, 200], 1, 100], { outcome: "error", attempts: 1, delays: [] }),
    test("five attempts double the delay", [[500, 502, 503, 504, 200], 5, 1], {
      outcome: 200,
      attempts: 5,
      delays: [1, 2, 4, 8],
    }),
    test("network errors exhausted", [["network-error", "network-error", "network-error", 200], 3, 100], {
      outcome: "error",
      attempts: 3,
      delays: [100, 200],
    }),
  ],
  referenceSolutions: {
    javascript: program(
      source`
        const isTransient = (status) => status === 429 || status >= 500;

        function fetchWithRetry(request, maxAttempts, baseDelayMs, sleep) {
          let lastError = new Error("no attempt made");
          for (let attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
              const response = request();
              if (!isTransient(response.status)) return response; // success or a 4xx for the caller
              lastError = new Error("HTTP " + response.status);
            } catch (error) {
              lastError = error; // network error or timeout
            }
            if (attempt < maxAttempts) sleep(baseDelayMs * 2 ** (attempt - 1)); // exponential backoff
          }
          throw lastError;
        }
      `,
      FETCH_HARNESS_JS,
    ),
    typescript: program(
      source`
        interface HttpResponse {
          status: number;
        }

        const isTransient = (status: number): boolean => status === 429 || status >= 500;

        function fetchWithRetry(
          request: () => HttpResponse,
          maxAttempts: number,
          baseDelayMs: number,
          sleep: (ms: number) => void,
        ): HttpResponse {
          let lastError: unknown = new Error("no attempt made");
          for (let attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
              const response = request();
              if (!isTransient(response.status)) return response; // success or a 4xx for the caller
              lastError = new Error("HTTP " + response.status);
            } catch (error) {
              lastError = error; // network error or timeout
            }
            if (attempt < maxAttempts) sleep(baseDelayMs * 2 ** (attempt - 1)); // exponential backoff
          }
          throw lastError;
        }
      `,
      FETCH_HARNESS_TS,
    ),
    python: program(
      RESPONSE_PY,
      source`
        class HttpError(Exception):
            pass


        def _transient(status: int) -> bool:
            return status == 429 or status >= 500


        def fetch_with_retry(request, max_attempts: int, base_delay_ms: int, sleep) -> Response:
            last_error: Exception = HttpError("no attempt made")
            for attempt in range(1, max_attempts + 1):
                try:
                    response = request()
                    if not _transient(response.status):
                        return response  # success or a 4xx for the caller
                    last_error = HttpError(f"HTTP {response.status}")
                except (ConnectionError, TimeoutError) as error:
                    last_error = error
                if attempt < max_attempts:
                    sleep(base_delay_ms * 2 ** (attempt - 1))  # exponential backoff
            raise last_error
      `,
      FETCH_HARNESS_PY,
    ),
  },
};

const binarySearch: ExecutableSpec = {
  questionId: "code-j-binary-search",
  kind: "function",
  entryPoint: entry("binarySearch", "binary_search"),
  comparison: "exact",
  starterCode: {
    javascript: source`
      /**
       * The index of target in nums (sorted ascending, distinct values), or -1 when it is missing.
       * Executable: the tests call binarySearch(nums, target).
       */
      function binarySearch(nums, target) {
        // Your code here.
      }
    `,
    typescript: source`
      /**
       * The index of target in nums (sorted ascending, distinct values), or -1 when it is missing.
       * Executable: the tests call binarySearch(nums, target).
       */
      function binarySearch(nums: number[], target: number): number {
        // Your code here.
      }
    `,
    python: source`
      def binary_search(nums: list[int], target: int) -> int:
          """The index of target in nums (sorted ascending, distinct values), or -1 when it is missing.

          Executable: the tests call binary_search(nums, target).
          """
          # Your code here.
          pass
    `,
  },
  examples: [test("found", [[-1, 0, 3, 5, 9, 12], 9], 4), test("missing", [[-1, 0, 3, 5, 9, 12], 2], -1)],
  hiddenTests: [
    test("empty array", [[], 1], -1),
    test("single element found", [[5], 5], 0),
    test("single element missing", [[5], 3], -1),
    test("first element", [[1, 3, 5, 7], 1], 0),
    test("last element", [[1, 3, 5, 7], 7], 3),
    test("below the range", [[1, 3, 5, 7], -10], -1),
    test("above the range", [[1, 3, 5, 7], 10], -1),
    test("negative numbers", [[-9, -7, -3, -1], -7], 1),
    test("large values", [[1, 2 ** 31 - 1, 2 ** 40], 2 ** 40], 2),
    test("long array found", [range(1000).map((i) => 2 * i), 1000], 500),
    test("long array missing", [range(1000).map((i) => 2 * i), 1001], -1),
  ],
  referenceSolutions: {
    javascript: source`
      function binarySearch(nums, target) {
        let lo = 0;
        let hi = nums.length - 1;
        while (lo <= hi) {
          const mid = lo + Math.floor((hi - lo) / 2);
          if (nums[mid] === target) return mid;
          if (nums[mid] < target) lo = mid + 1;
          else hi = mid - 1;
        }
        return -1;
      }
    `,
    typescript: source`
      function binarySearch(nums: number[], target: number): number {
        let lo = 0;
        let hi = nums.length - 1;
        while (lo <= hi) {
          const mid = lo + Math.floor((hi - lo) / 2);
          if (nums[mid] === target) return mid;
          if (nums[mid] < target) lo = mid + 1;
          else hi = mid - 1;
        }
        return -1;
      }
    `,
    python: source`
      def binary_search(nums: list[int], target: int) -> int:
          lo, hi = 0, len(nums) - 1
          while lo <= hi:
              mid = (lo + hi) // 2
              if nums[mid] == target:
                  return mid
              if nums[mid] < target:
                  lo = mid + 1
              else:
                  hi = mid - 1
          return -1
    `,
  },
};

const dedupeEmails: ExecutableSpec = {
  questionId: "code-j-dedupe-preserve-order",
  kind: "function",
  entryPoint: entry("dedupeEmails", "dedupe_emails"),
  comparison: "exact",
  starterCode: {
    javascript: source`
      /**
       * Removes duplicate emails, comparing them trimmed and case-insensitively, and keeps the first
       * occurrence of each in the original order, trimmed but otherwise as typed. Blank entries are
       * dropped.
       * Executable: the tests call dedupeEmails(emails).
       */
      function dedupeEmails(emails) {
        // Your code here.
      }
    `,
    typescript: source`
      /**
       * Removes duplicate emails, comparing them trimmed and case-insensitively, and keeps the first
       * occurrence of each in the original order, trimmed but otherwise as typed. Blank entries are
       * dropped.
       * Executable: the tests call dedupeEmails(emails).
       */
      function dedupeEmails(emails: string[]): string[] {
        // Your code here.
      }
    `,
    python: source`
      def dedupe_emails(emails: list[str]) -> list[str]:
          """Remove duplicate emails, compared trimmed and case-insensitively, keeping the first of each.

          The first occurrence keeps its original position and spelling (trimmed). Blank entries are
          dropped.
          Executable: the tests call dedupe_emails(emails).
          """
          # Your code here.
          pass
    `,
  },
  examples: [test("case-insensitive duplicate", [["Ann@x.com", "bob@y.com", "ann@X.com"]], ["Ann@x.com", "bob@y.com"])],
  hiddenTests: [
    test("empty list", [[]], []),
    test("single email", [["a@b.co"]], ["a@b.co"]),
    test("whitespace is trimmed", [[" ann@x.com ", "ann@x.com"]], ["ann@x.com"]),
    test("blank entries are dropped", [["", "  ", "a@b.co"]], ["a@b.co"]),
    test("first spelling wins", [["BOB@Y.COM", "bob@y.com", "Bob@Y.com"]], ["BOB@Y.COM"]),
    test("order is preserved", [["c@x.io", "a@x.io", "b@x.io", "a@x.io", "c@x.io"]], ["c@x.io", "a@x.io", "b@x.io"]),
    test("no duplicates", [["a@x.io", "b@x.io"]], ["a@x.io", "b@x.io"]),
    test(
      "many repeats",
      [range(300).map((i) => (i % 2 === 0 ? `user${i % 30}@Example.com` : `USER${i % 30}@example.com`))],
      range(30).map((i) => (i % 2 === 0 ? `user${i}@Example.com` : `USER${i}@example.com`)),
    ),
  ],
  referenceSolutions: {
    javascript: source`
      function dedupeEmails(emails) {
        const seen = new Set();
        const result = [];
        for (const email of emails) {
          const key = email.trim().toLowerCase();
          if (key === "" || seen.has(key)) continue; // skip blanks and repeats
          seen.add(key);
          result.push(email.trim());
        }
        return result;
      }
    `,
    typescript: source`
      function dedupeEmails(emails: string[]): string[] {
        const seen = new Set<string>();
        const result: string[] = [];
        for (const email of emails) {
          const key = email.trim().toLowerCase();
          if (key === "" || seen.has(key)) continue; // skip blanks and repeats
          seen.add(key);
          result.push(email.trim());
        }
        return result;
      }
    `,
    python: source`
      def dedupe_emails(emails: list[str]) -> list[str]:
          seen: set[str] = set()
          result: list[str] = []
          for email in emails:
              key = email.strip().lower()
              if not key or key in seen:
                  continue  # skip blanks and repeats
              seen.add(key)
              result.append(email.strip())
          return result
    `,
  },
};

const groupAnagrams: ExecutableSpec = {
  questionId: "code-j-group-anagrams",
  kind: "function",
  entryPoint: entry("groupAnagrams", "group_anagrams"),
  comparison: "unordered-nested",
  starterCode: {
    javascript: source`
      /**
       * Groups the words that are anagrams of each other (case-sensitive). Every word, duplicates
       * included, lands in exactly one group.
       * Executable: the tests call groupAnagrams(words); groups and the words inside a group may come
       * in any order.
       */
      function groupAnagrams(words) {
        // Your code here.
      }
    `,
    typescript: source`
      /**
       * Groups the words that are anagrams of each other (case-sensitive). Every word, duplicates
       * included, lands in exactly one group.
       * Executable: the tests call groupAnagrams(words); groups and the words inside a group may come
       * in any order.
       */
      function groupAnagrams(words: string[]): string[][] {
        // Your code here.
      }
    `,
    python: source`
      def group_anagrams(words: list[str]) -> list[list[str]]:
          """Group the words that are anagrams of each other (case-sensitive).

          Every word, duplicates included, lands in exactly one group.
          Executable: the tests call group_anagrams(words); groups and the words inside a group may
          come in any order.
          """
          # Your code here.
          pass
    `,
  },
  examples: [
    test(
      "the question's example",
      [["eat", "tea", "tan", "ate", "nat"]],
      [
        ["eat", "tea", "ate"],
        ["tan", "nat"],
      ],
    ),
  ],
  hiddenTests: [
    test("empty list", [[]], []),
    test("the empty string is its own group", [[""]], [[""]]),
    test("single word", [["a"]], [["a"]]),
    test("duplicates stay together", [["ab", "ba", "ab"]], [["ab", "ab", "ba"]]),
    test("no anagrams", [["abc", "def"]], [["abc"], ["def"]]),
    test("case-sensitive", [["Ab", "bA", "ab"]], [["Ab", "bA"], ["ab"]]),
    test("same letters, different counts", [["aab", "abb", "bab"]], [["aab"], ["abb", "bab"]]),
    test(
      "many groups",
      [["listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog"]],
      [["listen", "silent", "enlist"], ["google", "gogole"], ["cat", "act", "tac"], ["dog"]],
    ),
  ],
  referenceSolutions: {
    javascript: source`
      function groupAnagrams(words) {
        const groups = new Map(); // sorted letters -> words
        for (const word of words) {
          const key = [...word].sort().join("");
          const group = groups.get(key);
          if (group) group.push(word);
          else groups.set(key, [word]);
        }
        return [...groups.values()];
      }
    `,
    typescript: source`
      function groupAnagrams(words: string[]): string[][] {
        const groups = new Map<string, string[]>(); // sorted letters -> words
        for (const word of words) {
          const key = [...word].sort().join("");
          const group = groups.get(key);
          if (group) group.push(word);
          else groups.set(key, [word]);
        }
        return [...groups.values()];
      }
    `,
    python: source`
      from collections import defaultdict


      def group_anagrams(words: list[str]) -> list[list[str]]:
          groups: defaultdict[str, list[str]] = defaultdict(list)  # sorted letters -> words
          for word in words:
              groups["".join(sorted(word))].append(word)
          return list(groups.values())
    `,
  },
};

const fibonacci: ExecutableSpec = {
  questionId: "code-j-fibonacci-memo",
  kind: "function",
  entryPoint: entry("fib", "fib"),
  comparison: "exact",
  starterCode: {
    javascript: source`
      /**
       * The n-th Fibonacci number (fib(0) = 0, fib(1) = 1) for 0 <= n <= 90, as a decimal string:
       * fib(79) is already above Number.MAX_SAFE_INTEGER.
       * Executable: the tests call fib(n) and expect a string such as "55"; slow code hits the time limit.
       */
      function fib(n) {
        // Your code here.
      }
    `,
    typescript: source`
      /**
       * The n-th Fibonacci number (fib(0) = 0, fib(1) = 1) for 0 <= n <= 90, as a decimal string:
       * fib(79) is already above Number.MAX_SAFE_INTEGER.
       * Executable: the tests call fib(n) and expect a string such as "55"; slow code hits the time limit.
       */
      function fib(n: number): string {
        // Your code here.
      }
    `,
    python: source`
      def fib(n: int) -> str:
          """The n-th Fibonacci number (fib(0) = 0, fib(1) = 1) for 0 <= n <= 90, as a decimal string.

          A string, so every language returns the exact value (JavaScript numbers lose it above 2**53).
          Executable: the tests call fib(n) and expect a string such as "55"; slow code hits the time limit.
          """
          # Your code here.
          pass
    `,
  },
  examples: [test("fib(10)", [10], "55"), test("fib(90)", [90], "2880067194370816120")],
  hiddenTests: [
    test("fib(0)", [0], "0"),
    test("fib(1)", [1], "1"),
    test("fib(2)", [2], "1"),
    test("fib(50)", [50], "12586269025"),
    test("fib(78), the last safe integer", [78], "8944394323791464"),
    test("fib(79), past 2^53", [79], "14472334024676221"),
    test("fib(80)", [80], "23416728348467685"),
    test("fib(89)", [89], "1779979416004714189"),
  ],
  referenceSolutions: {
    javascript: source`
      function fib(n) {
        let previous = 0n; // fib(0)
        let current = 1n; // fib(1)
        if (n === 0) return "0";
        for (let i = 2; i <= n; i++) {
          [previous, current] = [current, previous + current];
        }
        return current.toString();
      }
    `,
    typescript: source`
      function fib(n: number): string {
        let previous = 0n; // fib(0)
        let current = 1n; // fib(1)
        if (n === 0) return "0";
        for (let i = 2; i <= n; i++) {
          [previous, current] = [current, previous + current];
        }
        return current.toString();
      }
    `,
    python: source`
      def fib(n: int) -> str:
          previous, current = 0, 1  # fib(0), fib(1)
          for _ in range(n):
              previous, current = current, previous + current
          return str(previous)
    `,
  },
};

const stockProfit: ExecutableSpec = {
  questionId: "code-j-stock-profit",
  kind: "function",
  entryPoint: entry("maxProfit", "max_profit"),
  comparison: "exact",
  starterCode: {
    javascript: source`
      /**
       * The best profit from one buy followed by one later sell, or 0 when no trade makes money.
       * Executable: the tests call maxProfit(prices).
       */
      function maxProfit(prices) {
        // Your code here.
      }
    `,
    typescript: source`
      /**
       * The best profit from one buy followed by one later sell, or 0 when no trade makes money.
       * Executable: the tests call maxProfit(prices).
       */
      function maxProfit(prices: number[]): number {
        // Your code here.
      }
    `,
    python: source`
      def max_profit(prices: list[int]) -> int:
          """The best profit from one buy followed by one later sell, or 0 when no trade makes money.

          Executable: the tests call max_profit(prices).
          """
          # Your code here.
          pass
    `,
  },
  examples: [test("buy low, sell high", [[7, 1, 5, 3, 6, 4]], 5), test("prices only fall", [[7, 6, 4, 3, 1]], 0)],
  hiddenTests: [
    test("empty array", [[]], 0),
    test("single price", [[5]], 0),
    test("two rising prices", [[1, 2]], 1),
    test("two falling prices", [[2, 1]], 0),
    test("flat prices", [[3, 3, 3]], 0),
    test("a later low does not help", [[3, 8, 1, 2]], 5),
    test("a later low leads to the best trade", [[2, 4, 1, 7]], 6),
    test("large values", [[1, 1_000_000_000]], 999_999_999),
    test("long rising series", [range(1000)], 999),
    test("long falling series", [range(1000).reverse()], 0),
  ],
  referenceSolutions: {
    javascript: source`
      function maxProfit(prices) {
        let minPrice = Infinity;
        let best = 0;
        for (const price of prices) {
          best = Math.max(best, price - minPrice); // profit if sold today
          minPrice = Math.min(minPrice, price);
        }
        return best;
      }
    `,
    typescript: source`
      function maxProfit(prices: number[]): number {
        let minPrice = Infinity;
        let best = 0;
        for (const price of prices) {
          best = Math.max(best, price - minPrice); // profit if sold today
          minPrice = Math.min(minPrice, price);
        }
        return best;
      }
    `,
    python: source`
      def max_profit(prices: list[int]) -> int:
          best = 0
          min_price = None
          for price in prices:
              if min_price is not None:
                  best = max(best, price - min_price)  # profit if sold today
              min_price = price if min_price is None else min(min_price, price)
          return best
    `,
  },
};

const LOG_EXAMPLE = [
  "2024-05-01T10:15:03Z ERROR payments Timeout calling bank",
  "2024-05-01T10:15:41Z ERROR payments Timeout calling bank",
  "2024-05-01T10:15:50Z INFO payments Retried",
  "2024-05-01T10:16:02Z ERROR search Index missing",
  "2024-05-01T10:16:09Z ERROR payments Card declined",
];

const logErrorCount: ExecutableSpec = {
  questionId: "code-j-log-error-count",
  kind: "function",
  entryPoint: entry("busiestErrorMinutes", "busiest_error_minutes"),
  comparison: "exact",
  starterCode: {
    javascript: source`
      /**
       * Counts ERROR lines per service per minute and returns the busiest ones as
       * [service, minute, count], most errors first; ties by service, then minute, alphabetically.
       * A line is "<ISO-8601 UTC timestamp> <LEVEL> <service> <message...>"; the minute is the first
       * 16 characters of the timestamp ("2024-05-01T10:15"); the level is case-insensitive; blank
       * lines and lines with fewer than three fields are skipped.
       * Executable: the tests call busiestErrorMinutes(lines, top), top being 3 in the question;
       * return the rows instead of printing them.
       */
      function busiestErrorMinutes(lines, top) {
        // Your code here.
      }
    `,
    typescript: source`
      /**
       * Counts ERROR lines per service per minute and returns the busiest ones as
       * [service, minute, count], most errors first; ties by service, then minute, alphabetically.
       * A line is "<ISO-8601 UTC timestamp> <LEVEL> <service> <message...>"; the minute is the first
       * 16 characters of the timestamp ("2024-05-01T10:15"); the level is case-insensitive; blank
       * lines and lines with fewer than three fields are skipped.
       * Executable: the tests call busiestErrorMinutes(lines, top), top being 3 in the question;
       * return the rows instead of printing them.
       */
      function busiestErrorMinutes(lines: string[], top: number): Array<[string, string, number]> {
        // Your code here.
      }
    `,
    python: source`
      def busiest_error_minutes(lines: list[str], top: int) -> list[tuple[str, str, int]]:
          """Count ERROR lines per service per minute; return the busiest as (service, minute, count).

          Most errors first; ties by service, then minute, alphabetically. A line is
          "<ISO-8601 UTC timestamp> <LEVEL> <service> <message...>"; the minute is the first 16
          characters of the timestamp ("2024-05-01T10:15"); the level is case-insensitive; blank lines
          and lines with fewer than three fields are skipped.
          Executable: the tests call busiest_error_minutes(lines, top), top being 3 in the question;
          return the rows instead of printing them.
          """
          # Your code here.
          pass
    `,
  },
  examples: [
    test(
      "errors per service-minute",
      [LOG_EXAMPLE, 3],
      [
        ["payments", "2024-05-01T10:15", 2],
        ["payments", "2024-05-01T10:16", 1],
        ["search", "2024-05-01T10:16", 1],
      ],
    ),
  ],
  hiddenTests: [
    test("no lines", [[], 3], []),
    test(
      "fewer rows than asked",
      [LOG_EXAMPLE, 10],
      [
        ["payments", "2024-05-01T10:15", 2],
        ["payments", "2024-05-01T10:16", 1],
        ["search", "2024-05-01T10:16", 1],
      ],
    ),
    test("top 1", [LOG_EXAMPLE, 1], [["payments", "2024-05-01T10:15", 2]]),
    test(
      "blank and malformed lines are skipped",
      [["", "garbage", "2024-05-01T10:15:03Z ERROR", "   ", "2024-05-01T10:15:03Z ERROR auth bad token"], 3],
      [["auth", "2024-05-01T10:15", 1]],
    ),
    test(
      "level is case-insensitive",
      [
        [
          "2024-05-01T10:15:03Z error auth a",
          "2024-05-01T10:15:04Z Error auth b",
          "2024-05-01T10:15:05Z WARN auth c",
          "2024-05-01T10:15:06Z ERRORS auth d",
        ],
        3,
      ],
      [["auth", "2024-05-01T10:15", 2]],
    ),
    test(
      "seconds are truncated, minutes are not",
      [["2024-05-01T10:15:59Z ERROR db x", "2024-05-01T10:16:00Z ERROR db y", "2024-05-01T10:16:30Z ERROR db z"], 3],
      [
        ["db", "2024-05-01T10:16", 2],
        ["db", "2024-05-01T10:15", 1],
      ],
    ),
    test("only non-error lines", [["2024-05-01T10:15:03Z INFO api ok", "2024-05-01T10:15:04Z DEBUG api ok"], 3], []),
    test(
      "ties by service then minute",
      [
        [
          "2024-05-01T11:00:00Z ERROR web a",
          "2024-05-01T10:00:00Z ERROR web a",
          "2024-05-01T12:00:00Z ERROR api a",
          "2024-05-01T09:00:00Z ERROR zeta a",
        ],
        3,
      ],
      [
        ["api", "2024-05-01T12:00", 1],
        ["web", "2024-05-01T10:00", 1],
        ["web", "2024-05-01T11:00", 1],
      ],
    ),
    test(
      "a thousand lines",
      [range(1000).map((i) => `2024-05-01T10:${String(i % 60).padStart(2, "0")}:00Z ERROR svc${i % 4} boom`), 3],
      [
        ["svc0", "2024-05-01T10:00", 17],
        ["svc0", "2024-05-01T10:04", 17],
        ["svc0", "2024-05-01T10:08", 17],
      ],
    ),
  ],
  referenceSolutions: {
    javascript: source`
      function busiestErrorMinutes(lines, top) {
        const counts = new Map(); // "service minute" -> [service, minute, count]
        for (const line of lines) {
          const fields = line.trim().split(/\s+/);
          if (fields.length < 3) continue; // blank or malformed line
          const [timestamp, level, service] = fields;
          if (level.toUpperCase() !== "ERROR") continue;
          const minute = timestamp.slice(0, 16); // truncate to the minute
          const key = service + " " + minute;
          const row = counts.get(key);
          if (row) row[2]++;
          else counts.set(key, [service, minute, 1]);
        }
        const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
        return [...counts.values()]
          .sort((a, b) => b[2] - a[2] || compare(a[0], b[0]) || compare(a[1], b[1]))
          .slice(0, top);
      }
    `,
    typescript: source`
      type Row = [service: string, minute: string, count: number];

      function busiestErrorMinutes(lines: string[], top: number): Row[] {
        const counts = new Map<string, Row>(); // "service minute" -> row
        for (const line of lines) {
          const fields = line.trim().split(/\s+/);
          if (fields.length < 3) continue; // blank or malformed line
          const [timestamp, level, service] = fields;
          if (level.toUpperCase() !== "ERROR") continue;
          const minute = timestamp.slice(0, 16); // truncate to the minute
          const key = service + " " + minute;
          const row = counts.get(key);
          if (row) row[2]++;
          else counts.set(key, [service, minute, 1]);
        }
        const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
        return [...counts.values()]
          .sort((a, b) => b[2] - a[2] || compare(a[0], b[0]) || compare(a[1], b[1]))
          .slice(0, top);
      }
    `,
    python: source`
      from collections import Counter


      def busiest_error_minutes(lines: list[str], top: int) -> list[tuple[str, str, int]]:
          counts: Counter[tuple[str, str]] = Counter()
          for line in lines:
              fields = line.split()
              if len(fields) < 3:
                  continue  # blank or malformed line
              timestamp, level, service = fields[0], fields[1], fields[2]
              if level.upper() != "ERROR":
                  continue
              counts[(service, timestamp[:16])] += 1  # truncate to the minute
          rows = sorted(counts.items(), key=lambda item: (-item[1], item[0][0], item[0][1]))
          return [(service, minute, count) for (service, minute), count in rows[:top]]
    `,
  },
};

// ------------------------------------------------------------------------------------------------- mid

/** A class test: the calls ([method, ...args], the first being ["new", ...ctorArgs]) and their results. */
type Call = [string, ...Json[]];
function calls(name: string, steps: Call[], expected: Json[]): CodeTestCase {
  return test(name, steps, expected);
}

const lruCache: ExecutableSpec = {
  questionId: "code-m-lru-cache",
  kind: "class",
  entryPoint: entry("LRUCache", "LRUCache"),
  comparison: "exact",
  starterCode: {
    javascript: source`
      /**
       * A cache of at most capacity entries that evicts the least recently used one; get and put in O(1).
       * Executable: the tests construct new LRUCache(capacity), then call get(key) (the value, or null
       * when the key is missing) and put(key, value) (returns nothing) and compare what they return.
       */
      class LRUCache {
        constructor(capacity) {
          // Your code here.
        }

        get(key) {
          // Your code here.
        }

        put(key, value) {
          // Your code here.
        }
      }
    `,
    typescript: source`
      /**
       * A cache of at most capacity entries that evicts the least recently used one; get and put in O(1).
       * Executable: the tests construct new LRUCache(capacity), then call get(key) (the value, or null
       * when the key is missing) and put(key, value) (returns nothing) and compare what they return.
       */
      class LRUCache<K, V> {
        constructor(capacity: number) {
          // Your code here.
        }

        get(key: K): V | null {
          // Your code here.
        }

        put(key: K, value: V): void {
          // Your code here.
        }
      }
    `,
    python: source`
      class LRUCache:
          """A cache of at most capacity entries that evicts the least recently used one; O(1) get and put.

          Executable: the tests construct LRUCache(capacity), then call get(key) (the value, or None
          when the key is missing) and put(key, value) (returns nothing) and compare what they return.
          """

          def __init__(self, capacity: int):
              # Your code here.
              pass

          def get(self, key):
              # Your code here.
              pass

          def put(self, key, value) -> None:
              # Your code here.
              pass
    `,
  },
  examples: [
    calls(
      "evicts the least recently used",
      [
        ["new", 2],
        ["put", 1, 1],
        ["put", 2, 2],
        ["get", 1],
        ["put", 3, 3],
        ["get", 2],
        ["put", 4, 4],
        ["get", 1],
        ["get", 3],
        ["get", 4],
      ],
      [null, null, null, 1, null, null, null, null, 3, 4],
    ),
  ],
  hiddenTests: [
    calls(
      "capacity 1",
      [
        ["new", 1],
        ["put", 1, 1],
        ["put", 2, 2],
        ["get", 1],
        ["get", 2],
      ],
      [null, null, null, null, 2],
    ),
    calls(
      "capacity 0 stores nothing",
      [
        ["new", 0],
        ["put", 1, 1],
        ["get", 1],
      ],
      [null, null, null],
    ),
    calls(
      "missing key on an empty cache",
      [
        ["new", 3],
        ["get", 5],
      ],
      [null, null],
    ),
    calls(
      "put on an existing key updates it and marks it recent",
      [
        ["new", 2],
        ["put", 1, 1],
        ["put", 2, 2],
        ["put", 1, 10],
        ["put", 3, 3],
        ["get", 1],
        ["get", 2],
        ["get", 3],
      ],
      [null, null, null, null, null, 10, null, 3],
    ),
    calls(
      "get marks a key recent",
      [
        ["new", 2],
        ["put", 1, 1],
        ["put", 2, 2],
        ["get", 1],
        ["put", 3, 3],
        ["get", 2],
        ["get", 1],
        ["get", 3],
      ],
      [null, null, null, 1, null, null, 1, 3],
    ),
    calls(
      "falsy values are values",
      [
        ["new", 2],
        ["put", 1, 0],
        ["put", 2, ""],
        ["get", 1],
        ["get", 2],
      ],
      [null, null, null, 0, ""],
    ),
    calls(
      "string keys",
      [
        ["new", 2],
        ["put", "a", "x"],
        ["put", "b", "y"],
        ["get", "a"],
        ["put", "c", "z"],
        ["get", "b"],
        ["get", "c"],
      ],
      [null, null, null, "x", null, null, "z"],
    ),
    calls(
      "two hundred keys through a cache of one hundred",
      [["new", 100], ...range(200).map((i): Call => ["put", i, i * 10]), ...range(200).map((i): Call => ["get", i])],
      [null, ...range(200).map(() => null), ...range(200).map((i) => (i < 100 ? null : i * 10))],
    ),
  ],
  referenceSolutions: {
    javascript: source`
      // A Map iterates in insertion order: re-inserting a key on use makes the first key the least
      // recently used, the same O(1) trick as a hash map plus a doubly linked list.
      class LRUCache {
        constructor(capacity) {
          this.capacity = capacity;
          this.entries = new Map();
        }

        get(key) {
          if (!this.entries.has(key)) return null;
          const value = this.entries.get(key);
          this.entries.delete(key);
          this.entries.set(key, value);
          return value;
        }

        put(key, value) {
          if (this.capacity <= 0) return;
          this.entries.delete(key);
          this.entries.set(key, value);
          if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value);
        }
      }
    `,
    typescript: source`
      interface Entry<K, V> {
        key: K;
        value: V;
        prev: Entry<K, V> | null;
        next: Entry<K, V> | null;
      }

      class LRUCache<K, V> {
        private readonly capacity: number;
        private readonly map = new Map<K, Entry<K, V>>();
        private head: Entry<K, V> | null = null; // most recently used
        private tail: Entry<K, V> | null = null; // least recently used

        constructor(capacity: number) {
          this.capacity = capacity;
        }

        get(key: K): V | null {
          const entry = this.map.get(key);
          if (!entry) return null;
          this.unlink(entry);
          this.pushFront(entry);
          return entry.value;
        }

        put(key: K, value: V): void {
          if (this.capacity <= 0) return;
          const existing = this.map.get(key);
          if (existing) {
            existing.value = value;
            this.unlink(existing);
            this.pushFront(existing);
            return;
          }
          const entry: Entry<K, V> = { key, value, prev: null, next: null };
          this.map.set(key, entry);
          this.pushFront(entry);
          if (this.map.size > this.capacity && this.tail) {
            const lru = this.tail;
            this.unlink(lru);
            this.map.delete(lru.key);
          }
        }

        private unlink(entry: Entry<K, V>): void {
          if (entry.prev) entry.prev.next = entry.next;
          else this.head = entry.next;
          if (entry.next) entry.next.prev = entry.prev;
          else this.tail = entry.prev;
          entry.prev = null;
          entry.next = null;
        }

        private pushFront(entry: Entry<K, V>): void {
          entry.next = this.head;
          if (this.head) this.head.prev = entry;
          this.head = entry;
          if (!this.tail) this.tail = entry;
        }
      }
    `,
    python: source`
      from collections import OrderedDict


      class LRUCache:
          def __init__(self, capacity: int):
              self.capacity = capacity
              self.entries: OrderedDict = OrderedDict()

          def get(self, key):
              if key not in self.entries:
                  return None
              self.entries.move_to_end(key)  # most recently used last
              return self.entries[key]

          def put(self, key, value) -> None:
              if self.capacity <= 0:
                  return
              self.entries[key] = value
              self.entries.move_to_end(key)
              if len(self.entries) > self.capacity:
                  self.entries.popitem(last=False)  # evict the least recently used
    `,
  },
};

const rateLimiter: ExecutableSpec = {
  questionId: "code-m-rate-limiter-class",
  kind: "class",
  entryPoint: entry("TokenBucketLimiter", "TokenBucketLimiter"),
  comparison: "exact",
  starterCode: {
    javascript: source`
      /**
       * A token bucket per key: a new key starts with a full bucket of capacity tokens, buckets refill
       * continuously at refillPerSecond tokens per second up to capacity, and a request takes one token.
       * A clock going backwards adds no tokens.
       * Executable: the tests construct new TokenBucketLimiter(capacity, refillPerSecond) and call
       * allow(key, nowMs), which returns true or false. The current time is passed in (milliseconds)
       * instead of read from a clock, so tests never sleep.
       */
      class TokenBucketLimiter {
        constructor(capacity, refillPerSecond) {
          // Your code here.
        }

        allow(key, nowMs) {
          // Your code here.
        }
      }
    `,
    typescript: source`
      /**
       * A token bucket per key: a new key starts with a full bucket of capacity tokens, buckets refill
       * continuously at refillPerSecond tokens per second up to capacity, and a request takes one token.
       * A clock going backwards adds no tokens.
       * Executable: the tests construct new TokenBucketLimiter(capacity, refillPerSecond) and call
       * allow(key, nowMs), which returns true or false. The current time is passed in (milliseconds)
       * instead of read from a clock, so tests never sleep.
       */
      class TokenBucketLimiter {
        constructor(capacity: number, refillPerSecond: number) {
          // Your code here.
        }

        allow(key: string, nowMs: number): boolean {
          // Your code here.
        }
      }
    `,
    python: source`
      class TokenBucketLimiter:
          """A token bucket per key.

          A new key starts with a full bucket of capacity tokens, buckets refill continuously at
          refill_per_second tokens per second up to capacity, and a request takes one token. A clock
          going backwards adds no tokens.
          Executable: the tests construct TokenBucketLimiter(capacity, refill_per_second) and call
          allow(key, now_ms), which returns True or False. The current time is passed in (milliseconds)
          instead of read from a clock, so tests never sleep.
          """

          def __init__(self, capacity: int, refill_per_second: float):
              # Your code here.
              pass

          def allow(self, key: str, now_ms: int) -> bool:
              # Your code here.
              pass
    `,
  },
  examples: [
    calls(
      "burst, then refill",
      [
        ["new", 2, 1],
        ["allow", "a", 0],
        ["allow", "a", 0],
        ["allow", "a", 0],
        ["allow", "a", 500],
        ["allow", "a", 1000],
      ],
      [null, true, true, false, false, true],
    ),
  ],
  hiddenTests: [
    calls(
      "keys are independent",
      [
        ["new", 1, 1],
        ["allow", "a", 0],
        ["allow", "b", 0],
        ["allow", "a", 0],
        ["allow", "b", 0],
      ],
      [null, true, true, false, false],
    ),
    calls(
      "refill is capped at capacity",
      [
        ["new", 3, 1],
        ["allow", "a", 0],
        ["allow", "a", 0],
        ["allow", "a", 0],
        ["allow", "a", 0],
        ["allow", "a", 100_000],
        ["allow", "a", 100_000],
        ["allow", "a", 100_000],
        ["allow", "a", 100_000],
      ],
      [null, true, true, true, false, true, true, true, false],
    ),
    calls(
      "fractional rate",
      [
        ["new", 1, 0.5],
        ["allow", "a", 0],
        ["allow", "a", 1000],
        ["allow", "a", 2000],
        ["allow", "a", 3000],
        ["allow", "a", 4000],
      ],
      [null, true, false, true, false, true],
    ),
    calls(
      "partial tokens add up",
      [
        ["new", 2, 2],
        ["allow", "a", 0],
        ["allow", "a", 0],
        ["allow", "a", 0],
        ["allow", "a", 250],
        ["allow", "a", 500],
        ["allow", "a", 500],
      ],
      [null, true, true, false, false, true, false],
    ),
    calls(
      "fast refill",
      [
        ["new", 1, 4],
        ["allow", "a", 0],
        ["allow", "a", 0],
        ["allow", "a", 250],
        ["allow", "a", 250],
        ["allow", "a", 500],
      ],
      [null, true, false, true, false, true],
    ),
    calls(
      "a new key at a later time starts full",
      [
        ["new", 2, 1],
        ["allow", "late", 5000],
        ["allow", "late", 5000],
        ["allow", "late", 5000],
      ],
      [null, true, true, false],
    ),
    calls(
      "a clock going backwards adds nothing",
      [
        ["new", 2, 1],
        ["allow", "a", 1000],
        ["allow", "a", 0],
        ["allow", "a", 0],
      ],
      [null, true, true, false],
    ),
    calls(
      "fifty keys",
      [["new", 1, 1], ...range(50).map((i): Call => ["allow", `k${i}`, 0]), ["allow", "k0", 0], ["allow", "k49", 999]],
      [null, ...range(50).map(() => true), false, false],
    ),
  ],
  referenceSolutions: {
    javascript: source`
      class TokenBucketLimiter {
        constructor(capacity, refillPerSecond) {
          this.capacity = capacity;
          this.refillPerSecond = refillPerSecond;
          this.buckets = new Map(); // key -> { tokens, lastRefill }
        }

        allow(key, nowMs) {
          let bucket = this.buckets.get(key);
          if (!bucket) {
            bucket = { tokens: this.capacity, lastRefill: nowMs }; // a new key starts full
            this.buckets.set(key, bucket);
          }
          const elapsedSeconds = Math.max(0, nowMs - bucket.lastRefill) / 1000; // clock going backwards: 0
          bucket.tokens = Math.min(this.capacity, bucket.tokens + elapsedSeconds * this.refillPerSecond);
          bucket.lastRefill = Math.max(bucket.lastRefill, nowMs);
          if (bucket.tokens < 1) return false;
          bucket.tokens -= 1;
          return true;
        }
      }
    `,
    typescript: source`
      interface Bucket {
        tokens: number;
        lastRefill: number;
      }

      class TokenBucketLimiter {
        private readonly capacity: number;
        private readonly refillPerSecond: number;
        private readonly buckets = new Map<string, Bucket>();

        constructor(capacity: number, refillPerSecond: number) {
          this.capacity = capacity;
          this.refillPerSecond = refillPerSecond;
        }

        allow(key: string, nowMs: number): boolean {
          let bucket = this.buckets.get(key);
          if (!bucket) {
            bucket = { tokens: this.capacity, lastRefill: nowMs }; // a new key starts full
            this.buckets.set(key, bucket);
          }
          const elapsedSeconds = Math.max(0, nowMs - bucket.lastRefill) / 1000; // clock going backwards: 0
          bucket.tokens = Math.min(this.capacity, bucket.tokens + elapsedSeconds * this.refillPerSecond);
          bucket.lastRefill = Math.max(bucket.lastRefill, nowMs);
          if (bucket.tokens < 1) return false;
          bucket.tokens -= 1;
          return true;
        }
      }
    `,
    python: source`
      class TokenBucketLimiter:
          def __init__(self, capacity: int, refill_per_second: float):
              self.capacity = capacity
              self.refill_per_second = refill_per_second
              self.buckets: dict[str, list[float]] = {}  # key -> [tokens, last_refill]

          def allow(self, key: str, now_ms: int) -> bool:
              bucket = self.buckets.setdefault(key, [self.capacity, now_ms])  # a new key starts full
              tokens, last_refill = bucket
              elapsed_seconds = max(0, now_ms - last_refill) / 1000  # clock going backwards: 0
              tokens = min(self.capacity, tokens + elapsed_seconds * self.refill_per_second)
              bucket[1] = max(last_refill, now_ms)
              if tokens < 1:
                  bucket[0] = tokens
                  return False
              bucket[0] = tokens - 1
              return True
    `,
  },
};

const mergeIntervals: ExecutableSpec = {
  questionId: "code-m-merge-intervals",
  kind: "function",
  entryPoint: entry("mergeIntervals", "merge_intervals"),
  comparison: "exact",
  starterCode: {
    javascript: source`
      /**
       * Merges overlapping [start, end] intervals (touching ones like [1, 2] and [2, 3] merge too) and
       * returns them sorted by start. The input may be in any order; do not modify it.
       * Executable: the tests call mergeIntervals(intervals).
       */
      function mergeIntervals(intervals) {
        // Your code here.
      }
    `,
    typescript: source`
      /**
       * Merges overlapping [start, end] intervals (touching ones like [1, 2] and [2, 3] merge too) and
       * returns them sorted by start. The input may be in any order; do not modify it.
       * Executable: the tests call mergeIntervals(intervals).
       */
      function mergeIntervals(intervals: Array<[number, number]>): Array<[number, number]> {
        // Your code here.
      }
    `,
    python: source`
      def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:
          """Merge overlapping [start, end] intervals and return them sorted by start.

          Touching ones like [1, 2] and [2, 3] merge too. The input may be in any order; do not modify it.
          Executable: the tests call merge_intervals(intervals).
          """
          # Your code here.
          pass
    `,
  },
  examples: [
    test(
      "overlaps merge",
      [
        [
          [1, 3],
          [2, 6],
          [8, 10],
          [15, 18],
        ],
      ],
      [
        [1, 6],
        [8, 10],
        [15, 18],
      ],
    ),
  ],
  hiddenTests: [
    test("empty list", [[]], []),
    test("single interval", [[[4, 7]]], [[4, 7]]),
    test(
      "touching intervals merge",
      [
        [
          [1, 2],
          [2, 3],
        ],
      ],
      [[1, 3]],
    ),
    test(
      "gaps stay apart",
      [
        [
          [1, 2],
          [3, 4],
        ],
      ],
      [
        [1, 2],
        [3, 4],
      ],
    ),
    test(
      "contained interval is absorbed",
      [
        [
          [1, 10],
          [2, 3],
          [4, 5],
        ],
      ],
      [[1, 10]],
    ),
    test(
      "unsorted input",
      [
        [
          [8, 10],
          [1, 3],
          [2, 6],
        ],
      ],
      [
        [1, 6],
        [8, 10],
      ],
    ),
    test(
      "duplicates",
      [
        [
          [1, 2],
          [1, 2],
        ],
      ],
      [[1, 2]],
    ),
    test(
      "zero-length intervals",
      [
        [
          [5, 5],
          [5, 5],
          [6, 6],
        ],
      ],
      [
        [5, 5],
        [6, 6],
      ],
    ),
    test(
      "negative numbers",
      [
        [
          [-10, -5],
          [-6, 0],
          [1, 2],
        ],
      ],
      [
        [-10, 0],
        [1, 2],
      ],
    ),
    test("a chain merges into one", [range(500).map((i) => [i * 2, i * 2 + 2])], [[0, 1000]]),
    test(
      "reverse order, all apart",
      [range(300).map((i) => [(299 - i) * 3, (299 - i) * 3 + 1])],
      range(300).map((i) => [i * 3, i * 3 + 1]),
    ),
  ],
  referenceSolutions: {
    javascript: source`
      function mergeIntervals(intervals) {
        const sorted = [...intervals].sort((a, b) => a[0] - b[0]); // sort a copy by start
        const merged = [];
        for (const [start, end] of sorted) {
          const last = merged[merged.length - 1];
          if (last && start <= last[1]) last[1] = Math.max(last[1], end);
          else merged.push([start, end]);
        }
        return merged;
      }
    `,
    typescript: source`
      function mergeIntervals(intervals: Array<[number, number]>): Array<[number, number]> {
        const sorted = [...intervals].sort((a, b) => a[0] - b[0]); // sort a copy by start
        const merged: Array<[number, number]> = [];
        for (const [start, end] of sorted) {
          const last = merged[merged.length - 1];
          if (last && start <= last[1]) last[1] = Math.max(last[1], end);
          else merged.push([start, end]);
        }
        return merged;
      }
    `,
    python: source`
      def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:
          merged: list[list[int]] = []
          for start, end in sorted(intervals, key=lambda interval: interval[0]):  # a sorted copy
              if merged and start <= merged[-1][1]:
                  merged[-1][1] = max(merged[-1][1], end)
              else:
                  merged.append([start, end])
          return merged
    `,
  },
};

const topKStream: ExecutableSpec = {
  questionId: "code-m-top-k-stream",
  kind: "class",
  entryPoint: entry("TopViewed", "TopViewed"),
  comparison: "exact",
  starterCode: {
    javascript: source`
      /**
       * Counts product views and keeps the k most viewed products at any time.
       * top() returns their ids, most views first; equal views in alphabetical order of id.
       * Executable: the tests construct new TopViewed(k), call view(id) (returns nothing) for each
       * event of the stream and top() to read the ranking.
       */
      class TopViewed {
        constructor(k) {
          // Your code here (a field named "top" would hide the top() method).
        }

        view(id) {
          // Your code here.
        }

        top() {
          // Your code here.
        }
      }
    `,
    typescript: source`
      /**
       * Counts product views and keeps the k most viewed products at any time.
       * top() returns their ids, most views first; equal views in alphabetical order of id.
       * Executable: the tests construct new TopViewed(k), call view(id) (returns nothing) for each
       * event of the stream and top() to read the ranking.
       */
      class TopViewed {
        constructor(k: number) {
          // Your code here (a field named "top" would hide the top() method).
        }

        view(id: string): void {
          // Your code here.
        }

        top(): string[] {
          // Your code here.
        }
      }
    `,
    python: source`
      class TopViewed:
          """Counts product views and keeps the k most viewed products at any time.

          top() returns their ids, most views first; equal views in alphabetical order of id.
          Executable: the tests construct TopViewed(k), call view(id) (returns nothing) for each event
          of the stream and top() to read the ranking.
          """

          def __init__(self, k: int):
              # Your code here (an attribute named "top" would hide the top() method).
              pass

          def view(self, id: str) -> None:
              # Your code here.
              pass

          def top(self) -> list[str]:
              # Your code here.
              pass
    `,
  },
  examples: [
    calls(
      "the ranking follows the views",
      [
        ["new", 2],
        ["view", "a"],
        ["view", "b"],
        ["view", "b"],
        ["top"],
        ["view", "c"],
        ["view", "c"],
        ["view", "c"],
        ["top"],
      ],
      [null, null, null, null, ["b", "a"], null, null, null, ["c", "b"]],
    ),
  ],
  hiddenTests: [
    calls("no views yet", [["new", 3], ["top"]], [null, []]),
    calls("fewer products than k", [["new", 5], ["view", "y"], ["view", "x"], ["top"]], [null, null, null, ["x", "y"]]),
    calls(
      "ties in alphabetical order",
      [["new", 2], ["view", "b"], ["view", "c"], ["view", "a"], ["top"]],
      [null, null, null, null, ["a", "b"]],
    ),
    calls(
      "a product climbs in from outside",
      [
        ["new", 2],
        ["view", "a"],
        ["view", "a"],
        ["view", "a"],
        ["view", "b"],
        ["view", "b"],
        ["view", "c"],
        ["top"],
        ["view", "c"],
        ["view", "c"],
        ["top"],
        ["view", "c"],
        ["top"],
      ],
      [null, null, null, null, null, null, null, ["a", "b"], null, null, ["a", "c"], null, ["c", "a"]],
    ),
    calls(
      "k of 1",
      [["new", 1], ["view", "x"], ["view", "y"], ["view", "y"], ["top"], ["view", "x"], ["top"]],
      [null, null, null, null, ["y"], null, ["x"]],
    ),
    calls("reading the top changes nothing", [["new", 2], ["view", "p"], ["top"], ["top"]], [null, null, ["p"], ["p"]]),
    calls(
      "twenty products, top ten",
      [
        ["new", 10],
        ...range(20).flatMap((j) => range(j + 1).map((): Call => ["view", `p${String(j).padStart(2, "0")}`])),
        ["top"],
      ],
      [null, ...range(210).map(() => null), range(10).map((i) => `p${19 - i}`)],
    ),
  ],
  referenceSolutions: {
    javascript: source`
      // views descending, then id ascending
      const ranksBefore = (a, b) => a.views > b.views || (a.views === b.views && a.id < b.id);

      class TopViewed {
        constructor(k) {
          this.k = k;
          this.counts = new Map(); // id -> views
          this.leaders = []; // at most k entries, best first
        }

        view(id) {
          const views = (this.counts.get(id) || 0) + 1;
          this.counts.set(id, views);
          const existing = this.leaders.find((entry) => entry.id === id);
          if (existing) {
            existing.views = views; // already in the top: update, never add it twice
          } else if (this.leaders.length < this.k) {
            this.leaders.push({ id, views });
          } else if (this.k > 0 && ranksBefore({ id, views }, this.leaders[this.leaders.length - 1])) {
            this.leaders[this.leaders.length - 1] = { id, views }; // replace the last one
          } else {
            return;
          }
          this.leaders.sort((a, b) => (ranksBefore(a, b) ? -1 : 1));
        }

        top() {
          return this.leaders.map((entry) => entry.id);
        }
      }
    `,
    typescript: source`
      interface Ranked {
        id: string;
        views: number;
      }

      // views descending, then id ascending
      const ranksBefore = (a: Ranked, b: Ranked): boolean => a.views > b.views || (a.views === b.views && a.id < b.id);

      class TopViewed {
        private readonly k: number;
        private readonly counts = new Map<string, number>();
        private leaders: Ranked[] = []; // at most k entries, best first

        constructor(k: number) {
          this.k = k;
        }

        view(id: string): void {
          const views = (this.counts.get(id) ?? 0) + 1;
          this.counts.set(id, views);
          const existing = this.leaders.find((entry) => entry.id === id);
          if (existing) {
            existing.views = views; // already in the top: update, never add it twice
          } else if (this.leaders.length < this.k) {
            this.leaders.push({ id, views });
          } else if (this.k > 0 && ranksBefore({ id, views }, this.leaders[this.leaders.length - 1])) {
            this.leaders[this.leaders.length - 1] = { id, views }; // replace the last one
          } else {
            return;
          }
          this.leaders.sort((a, b) => (ranksBefore(a, b) ? -1 : 1));
        }

        top(): string[] {
          return this.leaders.map((entry) => entry.id);
        }
      }
    `,
    python: source`
      class TopViewed:
          def __init__(self, k: int):
              self.k = k
              self.counts: dict[str, int] = {}
              self.leaders: list[str] = []  # at most k ids, best first

          def _rank(self, id: str) -> tuple[int, str]:
              return (-self.counts[id], id)  # views descending, then id ascending

          def view(self, id: str) -> None:
              self.counts[id] = self.counts.get(id, 0) + 1
              if id in self.leaders:
                  pass  # already in the top: its count changed, re-sort below
              elif len(self.leaders) < self.k:
                  self.leaders.append(id)
              elif self.k > 0 and self._rank(id) < self._rank(self.leaders[-1]):
                  self.leaders[-1] = id  # replace the last one
              else:
                  return
              self.leaders.sort(key=self._rank)

          def top(self) -> list[str]:
              return list(self.leaders)
    `,
  },
};

// The question batches database calls made in one tick. The runnable variant injects the database
// and replaces promises and the end of the tick with callbacks and an explicit dispatch().
const LOADER_HARNESS_JS = source`
  // Test harness, keep it. Executable: the tests call simulateLoads(users, ticks). For each tick it
  // calls loader.load(id, resolve, reject) for every id of the tick, then loader.dispatch() (the end
  // of the tick), and records what each load resolved to ("error" when rejected). db.query(ids)
  // returns the matching rows in any order, omits missing ids, and throws when an id is "boom".
  function simulateLoads(users, ticks) {
    const queries = [];
    const db = {
      query(ids) {
        const list = [...ids];
        queries.push([...list].sort());
        if (list.includes("boom")) throw new Error("database unavailable");
        return users.filter((user) => list.includes(user.id)).reverse();
      },
    };
    const loader = new UserLoader(db);
    const results = [];
    for (const tick of ticks) {
      const settled = tick.map(() => "pending");
      tick.forEach((id, i) => {
        loader.load(
          id,
          (user) => {
            settled[i] = user;
          },
          () => {
            settled[i] = "error";
          },
        );
      });
      loader.dispatch();
      results.push(settled);
    }
    return { results, queries };
  }
`;

const LOADER_HARNESS_TS = source`
  // Test harness, keep it. Executable: the tests call simulateLoads(users, ticks). For each tick it
  // calls loader.load(id, resolve, reject) for every id of the tick, then loader.dispatch() (the end
  // of the tick), and records what each load resolved to ("error" when rejected). db.query(ids)
  // returns the matching rows in any order, omits missing ids, and throws when an id is "boom".
  function simulateLoads(users: User[], ticks: string[][]) {
    const queries: string[][] = [];
    const db: Database = {
      query(ids) {
        const list = [...ids];
        queries.push([...list].sort());
        if (list.includes("boom")) throw new Error("database unavailable");
        return users.filter((user) => list.includes(user.id)).reverse();
      },
    };
    const loader = new UserLoader(db);
    const results: Array<Array<User | null | string>> = [];
    for (const tick of ticks) {
      const settled: Array<User | null | string> = tick.map(() => "pending");
      tick.forEach((id, i) => {
        loader.load(
          id,
          (user) => {
            settled[i] = user;
          },
          () => {
            settled[i] = "error";
          },
        );
      });
      loader.dispatch();
      results.push(settled);
    }
    return { results, queries };
  }
`;

const LOADER_HARNESS_PY = source`
  # Test harness, keep it. Executable: the tests call simulate_loads(users, ticks). For each tick it
  # calls loader.load(id, resolve, reject) for every id of the tick, then loader.dispatch() (the end
  # of the tick), and records what each load resolved to ("error" when rejected). db.query(ids)
  # returns the matching rows in any order, omits missing ids, and raises when an id is "boom".
  class FakeDatabase:
      def __init__(self, users: list[dict]):
          self.users = users
          self.queries: list[list[str]] = []

      def query(self, ids) -> list[dict]:
          ids = list(ids)
          self.queries.append(sorted(ids))
          if "boom" in ids:
              raise ConnectionError("database unavailable")
          return [user for user in reversed(self.users) if user["id"] in ids]


  def simulate_loads(users: list[dict], ticks: list[list[str]]) -> dict:
      db = FakeDatabase(users)
      loader = UserLoader(db)
      results = []
      for tick in ticks:
          settled: list = ["pending"] * len(tick)
          for i, id in enumerate(tick):

              def resolve(user, i=i):
                  settled[i] = user

              def reject(error, i=i):
                  settled[i] = "error"

              loader.load(id, resolve, reject)
          loader.dispatch()
          results.append(settled)
      return {"results": results, "queries": db.queries}
`;

const LOADER_DOC = `the tick's loads into one db.query(ids) call`;
const ANN = { id: "1", name: "Ann" };
const BOB = { id: "2", name: "Bob" };
const CY = { id: "3", name: "Cy" };
const USERS = [ANN, BOB, CY];
const MANY_USERS = range(50).map((i) => ({ id: String(i), name: `user ${i}` }));

const dataLoader: ExecutableSpec = {
  questionId: "code-m-dataloader-batching",
  kind: "function",
  entryPoint: entry("simulateLoads", "simulate_loads"),
  comparison: "exact",
  starterCode: {
    javascript: program(
      source`
        /**
         * Batches ${LOADER_DOC} (a DataLoader).
         * - load(id, resolve, reject) stands for "return a promise": it queues the id; resolve(user)
         *   or resolve(null) when no row matches, reject(error) when the batch query fails.
         * - dispatch() stands for the microtask at the end of the tick: one db.query(ids) with every
         *   distinct id queued since the last dispatch, rows mapped back by id (the database returns
         *   them in any order and omits missing ids), then each load settled. No query when nothing
         *   is queued.
         * - A loaded id (null included) is cached for the loader's life and never queried again; the
         *   ids of a failed batch are not cached.
         * Synchronous variant: callbacks and an explicit dispatch() replace promises and queueMicrotask.
         */
        class UserLoader {
          constructor(db) {
            // Your code here.
          }

          load(id, resolve, reject) {
            // Your code here.
          }

          dispatch() {
            // Your code here.
          }
        }
      `,
      LOADER_HARNESS_JS,
    ),
    typescript: program(
      source`
        interface User {
          id: string;
          name: string;
        }

        interface Database {
          /** One round trip: the rows of the given ids, in any order; throws when the query fails. */
          query(ids: string[]): User[];
        }

        /**
         * Batches ${LOADER_DOC} (a DataLoader).
         * - load(id, resolve, reject) stands for "return a promise": it queues the id; resolve(user)
         *   or resolve(null) when no row matches, reject(error) when the batch query fails.
         * - dispatch() stands for the microtask at the end of the tick: one db.query(ids) with every
         *   distinct id queued since the last dispatch, rows mapped back by id (the database returns
         *   them in any order and omits missing ids), then each load settled. No query when nothing
         *   is queued.
         * - A loaded id (null included) is cached for the loader's life and never queried again; the
         *   ids of a failed batch are not cached.
         * Synchronous variant: callbacks and an explicit dispatch() replace promises and queueMicrotask.
         */
        class UserLoader {
          constructor(db: Database) {
            // Your code here.
          }

          load(id: string, resolve: (user: User | null) => void, reject: (error: unknown) => void): void {
            // Your code here.
          }

          dispatch(): void {
            // Your code here.
          }
        }
      `,
      LOADER_HARNESS_TS,
    ),
    python: program(
      source`
        class UserLoader:
            """Batches ${LOADER_DOC} (a DataLoader).

            - load(id, resolve, reject) stands for "return an awaitable": it queues the id;
              resolve(user) or resolve(None) when no row matches, reject(error) when the batch fails.
            - dispatch() stands for the end of the event-loop tick: one db.query(ids) with every
              distinct id queued since the last dispatch, rows (dicts with "id" and "name") mapped back
              by id (the database returns them in any order and omits missing ids), then each load
              settled. No query when nothing is queued.
            - A loaded id (None included) is cached for the loader's life and never queried again; the
              ids of a failed batch are not cached.
            Synchronous variant: callbacks and an explicit dispatch() replace awaitables.
            """

            def __init__(self, db):
                # Your code here.
                pass

            def load(self, id: str, resolve, reject) -> None:
                # Your code here.
                pass

            def dispatch(self) -> None:
                # Your code here.
                pass
      `,
      LOADER_HARNESS_PY,
    ),
  },
  examples: [
    test("one tick, one query, duplicates shared", [USERS, [["1", "2", "1"]]], {
      results: [[ANN, BOB, ANN]],
      queries: [["1", "2"]],
    }),
    test("one query per tick", [USERS, [["1"], ["2", "3"]]], {
      results: [[ANN], [BOB, CY]],
      queries: [["1"], ["2", "3"]],
    }),
  ],
  hiddenTests: [
    test("missing id resolves to null", [USERS, [["1", "9"]]], { results: [[ANN, null]], queries: [["1", "9"]] }),
    test(
      "loaded ids are cached across ticks",
      [
        USERS,
        [
          ["1", "2"],
          ["2", "1"],
        ],
      ],
      {
        results: [
          [ANN, BOB],
          [BOB, ANN],
        ],
        queries: [["1", "2"]],
      },
    ),
    test("only uncached ids are queried", [USERS, [["1"], ["1", "2"]]], {
      results: [[ANN], [ANN, BOB]],
      queries: [["1"], ["2"]],
    }),
    test("a missing id is cached too", [USERS, [["9"], ["9"]]], { results: [[null], [null]], queries: [["9"]] }),
    test("a failed batch rejects every load in it", [USERS, [["1", "boom"], ["1"]]], {
      results: [["error", "error"], [ANN]],
      queries: [["1", "boom"], ["1"]],
    }),
    test("a failure is not cached", [USERS, [["boom"], ["boom"]]], {
      results: [["error"], ["error"]],
      queries: [["boom"], ["boom"]],
    }),
    test("an empty tick queries nothing", [USERS, [[]]], { results: [[]], queries: [] }),
    test("no ticks", [USERS, []], { results: [], queries: [] }),
    test("the same id three times", [USERS, [["2", "2", "2"]]], { results: [[BOB, BOB, BOB]], queries: [["2"]] }),
    test("fifty ids in one query", [MANY_USERS, [range(50).map(String)]], {
      results: [MANY_USERS],
      queries: [range(50).map(String).sort()],
    }),
  ],
  referenceSolutions: {
    javascript: program(
      source`
        class UserLoader {
          constructor(db) {
            this.db = db;
            this.cache = new Map(); // id -> user or null
            this.pending = new Map(); // id -> [{ resolve, reject }]
          }

          load(id, resolve, reject) {
            if (this.cache.has(id)) {
              resolve(this.cache.get(id));
              return;
            }
            const waiters = this.pending.get(id) || [];
            waiters.push({ resolve, reject });
            this.pending.set(id, waiters); // dedupe: one entry per id
          }

          dispatch() {
            if (this.pending.size === 0) return;
            const batch = this.pending;
            this.pending = new Map();
            let rows;
            try {
              rows = this.db.query([...batch.keys()]);
            } catch (error) {
              for (const waiters of batch.values()) for (const waiter of waiters) waiter.reject(error);
              return; // nothing cached: the next load retries
            }
            const byId = new Map(rows.map((row) => [row.id, row]));
            for (const [id, waiters] of batch) {
              const user = byId.has(id) ? byId.get(id) : null;
              this.cache.set(id, user);
              for (const waiter of waiters) waiter.resolve(user);
            }
          }
        }
      `,
      LOADER_HARNESS_JS,
    ),
    typescript: program(
      source`
        interface User {
          id: string;
          name: string;
        }

        interface Database {
          query(ids: string[]): User[];
        }

        interface Waiter {
          resolve: (user: User | null) => void;
          reject: (error: unknown) => void;
        }

        class UserLoader {
          private readonly db: Database;
          private readonly cache = new Map<string, User | null>();
          private pending = new Map<string, Waiter[]>();

          constructor(db: Database) {
            this.db = db;
          }

          load(id: string, resolve: (user: User | null) => void, reject: (error: unknown) => void): void {
            const cached = this.cache.get(id);
            if (cached !== undefined) {
              resolve(cached);
              return;
            }
            const waiters = this.pending.get(id) ?? [];
            waiters.push({ resolve, reject });
            this.pending.set(id, waiters); // dedupe: one entry per id
          }

          dispatch(): void {
            if (this.pending.size === 0) return;
            const batch = this.pending;
            this.pending = new Map();
            let rows: User[];
            try {
              rows = this.db.query([...batch.keys()]);
            } catch (error) {
              for (const waiters of batch.values()) for (const waiter of waiters) waiter.reject(error);
              return; // nothing cached: the next load retries
            }
            const byId = new Map(rows.map((row) => [row.id, row]));
            for (const [id, waiters] of batch) {
              const user = byId.get(id) ?? null;
              this.cache.set(id, user);
              for (const waiter of waiters) waiter.resolve(user);
            }
          }
        }
      `,
      LOADER_HARNESS_TS,
    ),
    python: program(
      source`
        class UserLoader:
            def __init__(self, db):
                self.db = db
                self.cache: dict[str, dict | None] = {}
                self.pending: dict[str, list] = {}  # id -> [(resolve, reject)]

            def load(self, id: str, resolve, reject) -> None:
                if id in self.cache:
                    resolve(self.cache[id])
                    return
                self.pending.setdefault(id, []).append((resolve, reject))  # dedupe: one entry per id

            def dispatch(self) -> None:
                if not self.pending:
                    return
                batch, self.pending = self.pending, {}
                try:
                    rows = self.db.query(list(batch))
                except Exception as error:
                    for waiters in batch.values():
                        for _, reject in waiters:
                            reject(error)
                    return  # nothing cached: the next load retries
                by_id = {row["id"]: row for row in rows}
                for id, waiters in batch.items():
                    user = by_id.get(id)
                    self.cache[id] = user
                    for resolve, _ in waiters:
                        resolve(user)
      `,
      LOADER_HARNESS_PY,
    ),
  },
};

const graphDependencies: ExecutableSpec = {
  questionId: "code-m-graph-dependencies",
  kind: "function",
  entryPoint: entry("installOrder", "install_order"),
  comparison: "exact",
  starterCode: {
    javascript: source`
      /**
       * An install order for the packages of deps (package -> the packages it depends on; every
       * dependency is itself a key): each package comes after its dependencies. When several packages
       * are ready, take the alphabetically smallest first, so the order is unique. Returns null when
       * the dependencies contain a cycle.
       * Executable: the tests call installOrder(deps) with deps a plain object.
       */
      function installOrder(deps) {
        // Your code here.
      }
    `,
    typescript: source`
      /**
       * An install order for the packages of deps (package -> the packages it depends on; every
       * dependency is itself a key): each package comes after its dependencies. When several packages
       * are ready, take the alphabetically smallest first, so the order is unique. Returns null when
       * the dependencies contain a cycle.
       * Executable: the tests call installOrder(deps) with deps a plain object.
       */
      function installOrder(deps: Record<string, string[]>): string[] | null {
        // Your code here.
      }
    `,
    python: source`
      def install_order(deps: dict[str, list[str]]) -> list[str] | None:
          """An install order for the packages of deps (package -> the packages it depends on).

          Every dependency is itself a key; each package comes after its dependencies. When several
          packages are ready, take the alphabetically smallest first, so the order is unique. Returns
          None when the dependencies contain a cycle.
          Executable: the tests call install_order(deps).
          """
          # Your code here.
          pass
    `,
  },
  examples: [
    test("dependencies first", [{ app: ["lib", "utils"], lib: ["utils"], utils: [] }], ["utils", "lib", "app"]),
    test("a cycle", [{ a: ["b"], b: ["a"] }], null),
  ],
  hiddenTests: [
    test("no packages", [{}], []),
    test("single package", [{ a: [] }], ["a"]),
    test("independent packages in alphabetical order", [{ b: [], a: [], c: [] }], ["a", "b", "c"]),
    test("a package depending on itself", [{ a: ["a"] }], null),
    test("a cycle beside a valid package", [{ a: [], b: ["c"], c: ["b"] }], null),
    test("a longer cycle", [{ a: ["c"], b: ["a"], c: ["b"], d: [] }], null),
    test("diamond", [{ d: ["b", "c"], b: ["a"], c: ["a"], a: [] }], ["a", "b", "c", "d"]),
    test("smallest ready package first", [{ z: [], b: ["z"], a: ["z"], y: [] }], ["y", "z", "a", "b"]),
    test("a dependency listed twice", [{ a: ["b", "b"], b: [] }], ["b", "a"]),
    test(
      "long chain",
      [
        Object.fromEntries(
          range(200).map((i) => [
            `p${String(i).padStart(3, "0")}`,
            i === 0 ? [] : [`p${String(i - 1).padStart(3, "0")}`],
          ]),
        ),
      ],
      range(200).map((i) => `p${String(i).padStart(3, "0")}`),
    ),
  ],
  referenceSolutions: {
    javascript: program(
      MIN_HEAP_JS,
      source`
        // Kahn's algorithm with a min-heap of ready packages, so the smallest ready name comes first.
        function installOrder(deps) {
          const inDegree = new Map();
          const dependents = new Map(); // dependency -> packages that need it
          for (const pkg of Object.keys(deps)) {
            inDegree.set(pkg, deps[pkg].length);
            for (const dep of deps[pkg]) {
              if (!dependents.has(dep)) dependents.set(dep, []);
              dependents.get(dep).push(pkg);
            }
          }
          const ready = new MinHeap((a, b) => a < b);
          for (const [pkg, degree] of inDegree) if (degree === 0) ready.push(pkg);
          const order = [];
          while (ready.size > 0) {
            const pkg = ready.pop();
            order.push(pkg);
            for (const next of dependents.get(pkg) || []) {
              inDegree.set(next, inDegree.get(next) - 1);
              if (inDegree.get(next) === 0) ready.push(next);
            }
          }
          return order.length === inDegree.size ? order : null; // leftovers sit on or behind a cycle
        }
      `,
    ),
    typescript: program(
      MIN_HEAP_TS,
      source`
        // Kahn's algorithm with a min-heap of ready packages, so the smallest ready name comes first.
        function installOrder(deps: Record<string, string[]>): string[] | null {
          const inDegree = new Map<string, number>();
          const dependents = new Map<string, string[]>(); // dependency -> packages that need it
          for (const [pkg, requires] of Object.entries(deps)) {
            inDegree.set(pkg, requires.length);
            for (const dep of requires) {
              const list = dependents.get(dep) ?? [];
              list.push(pkg);
              dependents.set(dep, list);
            }
          }
          const ready = new MinHeap<string>((a, b) => a < b);
          for (const [pkg, degree] of inDegree) if (degree === 0) ready.push(pkg);
          const order: string[] = [];
          for (let pkg = ready.pop(); pkg !== undefined; pkg = ready.pop()) {
            order.push(pkg);
            for (const next of dependents.get(pkg) ?? []) {
              const degree = (inDegree.get(next) ?? 0) - 1;
              inDegree.set(next, degree);
              if (degree === 0) ready.push(next);
            }
          }
          return order.length === inDegree.size ? order : null; // leftovers sit on or behind a cycle
        }
      `,
    ),
    python: source`
      import heapq


      # Kahn's algorithm with a min-heap of ready packages, so the smallest ready name comes first.
      def install_order(deps: dict[str, list[str]]) -> list[str] | None:
          in_degree = {pkg: len(requires) for pkg, requires in deps.items()}
          dependents: dict[str, list[str]] = {}  # dependency -> packages that need it
          for pkg, requires in deps.items():
              for dep in requires:
                  dependents.setdefault(dep, []).append(pkg)
          ready = [pkg for pkg, degree in in_degree.items() if degree == 0]
          heapq.heapify(ready)
          order: list[str] = []
          while ready:
              pkg = heapq.heappop(ready)
              order.append(pkg)
              for nxt in dependents.get(pkg, []):
                  in_degree[nxt] -= 1
                  if in_degree[nxt] == 0:
                      heapq.heappush(ready, nxt)
          return order if len(order) == len(in_degree) else None  # leftovers sit on or behind a cycle
    `,
  },
};

/** An access-log line as the question shows it. */
function accessLine(request: string, latencyMs: number, status = 200): string {
  return `10.0.0.1 - - [01/May/2024:10:15:03 +0000] "${request} HTTP/1.1" ${status} ${latencyMs}ms`;
}

const parseLogs: ExecutableSpec = {
  questionId: "code-m-parse-logs",
  kind: "function",
  entryPoint: entry("slowestEndpoints", "slowest_endpoints"),
  comparison: "exact",
  starterCode: {
    javascript: source`
      /**
       * The top slowest endpoints by p95 latency, as [endpoint, p95Ms], slowest first; ties in
       * alphabetical order of endpoint. Memory must not grow with the number of lines: keep a latency
       * histogram per endpoint, not the latencies.
       * - A line looks like: 10.0.0.1 - - [01/May/2024:10:15:03 +0000] "GET /users/42?x=1 HTTP/1.1" 200 123ms
       *   Lines that do not match (a quoted "METHOD PATH PROTOCOL", a status, a latency in ms) are skipped.
       * - Endpoint: the path without its query string, each all-digit segment replaced by ":id".
       * - Buckets of 10 ms: [0, 10), [10, 20), ... up to 60 s; slower requests go to the last bucket.
       *   p95 is the upper edge of the first bucket where (running count) * 100 >= total * 95.
       * Executable: the tests call slowestEndpoints(lines, top), top being 5 in the question; the
       * lines of the 50 GB file arrive as an array (the real program streams them).
       */
      function slowestEndpoints(lines, top) {
        // Your code here.
      }
    `,
    typescript: source`
      /**
       * The top slowest endpoints by p95 latency, as [endpoint, p95Ms], slowest first; ties in
       * alphabetical order of endpoint. Memory must not grow with the number of lines: keep a latency
       * histogram per endpoint, not the latencies.
       * - A line looks like: 10.0.0.1 - - [01/May/2024:10:15:03 +0000] "GET /users/42?x=1 HTTP/1.1" 200 123ms
       *   Lines that do not match (a quoted "METHOD PATH PROTOCOL", a status, a latency in ms) are skipped.
       * - Endpoint: the path without its query string, each all-digit segment replaced by ":id".
       * - Buckets of 10 ms: [0, 10), [10, 20), ... up to 60 s; slower requests go to the last bucket.
       *   p95 is the upper edge of the first bucket where (running count) * 100 >= total * 95.
       * Executable: the tests call slowestEndpoints(lines, top), top being 5 in the question; the
       * lines of the 50 GB file arrive as an array (the real program streams them).
       */
      function slowestEndpoints(lines: Iterable<string>, top: number): Array<[string, number]> {
        // Your code here.
      }
    `,
    python: source`
      def slowest_endpoints(lines, top: int) -> list[tuple[str, int]]:
          """The top slowest endpoints by p95 latency, as (endpoint, p95_ms), slowest first.

          Ties in alphabetical order of endpoint. Memory must not grow with the number of lines: keep a
          latency histogram per endpoint, not the latencies.
          - A line looks like: 10.0.0.1 - - [01/May/2024:10:15:03 +0000] "GET /users/42?x=1 HTTP/1.1" 200 123ms
            Lines that do not match (a quoted "METHOD PATH PROTOCOL", a status, a latency in ms) are skipped.
          - Endpoint: the path without its query string, each all-digit segment replaced by ":id".
          - Buckets of 10 ms: [0, 10), [10, 20), ... up to 60 s; slower requests go to the last bucket.
            p95 is the upper edge of the first bucket where (running count) * 100 >= total * 95.
          Executable: the tests call slowest_endpoints(lines, top), top being 5 in the question; the
          lines of the 50 GB file arrive as a list (the real program streams them).
          """
          # Your code here.
          pass
    `,
  },
  examples: [
    test(
      "p95 per normalised endpoint",
      [
        [
          accessLine("GET /users/1", 50),
          accessLine("GET /users/2", 70),
          accessLine("GET /health", 5),
          accessLine("POST /orders?debug=1", 300, 201),
          accessLine("GET /users/3?x=1", 30),
        ],
        5,
      ],
      [
        ["/orders", 310],
        ["/users/:id", 80],
        ["/health", 10],
      ],
    ),
  ],
  hiddenTests: [
    test("no lines", [[], 5], []),
    test(
      "malformed lines are skipped",
      [["garbage", "", '"GET /a HTTP/1.1" 200 fast', "GET /b 200 12ms", accessLine("GET /ok", 12)], 5],
      [["/ok", 20]],
    ),
    test(
      "p95 of twenty samples ignores the single outlier",
      [[...range(19).map(() => accessLine("GET /api/search?q=x", 100)), accessLine("GET /api/search", 5000)], 5],
      [["/api/search", 110]],
    ),
    test("p95 of 1..100 ms", [range(100, 1).map((ms) => accessLine("GET /r", ms)), 5], [["/r", 100]]),
    test(
      "bucket edges",
      [[accessLine("GET /zero", 0), accessLine("GET /nine", 9), accessLine("GET /ten", 10)], 5],
      [
        ["/ten", 20],
        ["/nine", 10],
        ["/zero", 10],
      ],
    ),
    test("slower than a minute lands in the last bucket", [[accessLine("GET /slow", 120_000)], 5], [["/slow", 60_000]]),
    test(
      "only all-digit segments become :id",
      [
        [
          accessLine("GET /users/42/orders/7", 10),
          accessLine("GET /users/1/orders/99?page=2", 30),
          accessLine("GET /v2/items", 40),
          accessLine("GET /files/abc123", 50),
        ],
        5,
      ],
      [
        ["/files/abc123", 60],
        ["/v2/items", 50],
        ["/users/:id/orders/:id", 40],
      ],
    ),
    test(
      "ties in alphabetical order, top 2",
      [[accessLine("GET /c", 15), accessLine("GET /b", 15), accessLine("DELETE /a", 15, 500)], 2],
      [
        ["/a", 20],
        ["/b", 20],
      ],
    ),
    test(
      "top 5 of 7",
      [range(7).map((i) => accessLine(`GET /e${i}`, i * 100)), 5],
      [
        ["/e6", 610],
        ["/e5", 510],
        ["/e4", 410],
        ["/e3", 310],
        ["/e2", 210],
      ],
    ),
    test(
      "many lines, two endpoints",
      [
        range(1000).map((i) =>
          i % 2 === 0 ? accessLine(`GET /fast/${i}`, i % 50) : accessLine("GET /slow", 200 + (i % 100)),
        ),
        5,
      ],
      [
        ["/slow", 300],
        ["/fast/:id", 50],
      ],
    ),
  ],
  referenceSolutions: {
    javascript: source`
      const BUCKET_MS = 10;
      const BUCKETS = 6000; // 10 ms buckets up to 60 s; slower requests land in the last one
      const LINE = /"[A-Z]+ (\S+)[^"]*" \d{3} (\d+)ms/;

      const normalizeEndpoint = (url) =>
        url
          .split("?")[0]
          .split("/")
          .map((segment) => (/^\d+$/.test(segment) ? ":id" : segment))
          .join("/");

      function p95(histogram, total) {
        let seen = 0;
        for (let i = 0; i < histogram.length; i++) {
          seen += histogram[i];
          if (seen * 100 >= total * 95) return (i + 1) * BUCKET_MS; // upper edge of the bucket
        }
        return 0;
      }

      function slowestEndpoints(lines, top) {
        const stats = new Map(); // endpoint -> { histogram, total }
        for (const line of lines) {
          const match = LINE.exec(line);
          if (!match) continue; // skip malformed lines
          const endpoint = normalizeEndpoint(match[1]);
          let stat = stats.get(endpoint);
          if (!stat) {
            stat = { histogram: new Uint32Array(BUCKETS), total: 0 };
            stats.set(endpoint, stat);
          }
          stat.histogram[Math.min(BUCKETS - 1, Math.floor(Number(match[2]) / BUCKET_MS))]++;
          stat.total++;
        }
        return [...stats]
          .map(([endpoint, stat]) => [endpoint, p95(stat.histogram, stat.total)])
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
          .slice(0, top);
      }
    `,
    typescript: source`
      const BUCKET_MS = 10;
      const BUCKETS = 6000; // 10 ms buckets up to 60 s; slower requests land in the last one
      const LINE = /"[A-Z]+ (\S+)[^"]*" \d{3} (\d+)ms/;

      const normalizeEndpoint = (url: string): string =>
        url
          .split("?")[0]
          .split("/")
          .map((segment) => (/^\d+$/.test(segment) ? ":id" : segment))
          .join("/");

      function p95(histogram: Uint32Array, total: number): number {
        let seen = 0;
        for (let i = 0; i < histogram.length; i++) {
          seen += histogram[i];
          if (seen * 100 >= total * 95) return (i + 1) * BUCKET_MS; // upper edge of the bucket
        }
        return 0;
      }

      function slowestEndpoints(lines: Iterable<string>, top: number): Array<[string, number]> {
        const stats = new Map<string, { histogram: Uint32Array; total: number }>();
        for (const line of lines) {
          const match = LINE.exec(line);
          if (!match) continue; // skip malformed lines
          const endpoint = normalizeEndpoint(match[1]);
          let stat = stats.get(endpoint);
          if (!stat) {
            stat = { histogram: new Uint32Array(BUCKETS), total: 0 };
            stats.set(endpoint, stat);
          }
          stat.histogram[Math.min(BUCKETS - 1, Math.floor(Number(match[2]) / BUCKET_MS))]++;
          stat.total++;
        }
        return [...stats]
          .map(([endpoint, stat]): [string, number] => [endpoint, p95(stat.histogram, stat.total)])
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
          .slice(0, top);
      }
    `,
    python: source`
      import re

      BUCKET_MS = 10
      BUCKETS = 6000  # 10 ms buckets up to 60 s; slower requests land in the last one
      LINE = re.compile(r'"[A-Z]+ (\S+)[^"]*" \d{3} (\d+)ms')


      def _normalize_endpoint(url: str) -> str:
          path = url.split("?")[0]
          return "/".join(":id" if segment.isdigit() else segment for segment in path.split("/"))


      def _p95(histogram: list[int], total: int) -> int:
          seen = 0
          for i, count in enumerate(histogram):
              seen += count
              if seen * 100 >= total * 95:
                  return (i + 1) * BUCKET_MS  # upper edge of the bucket
          return 0


      def slowest_endpoints(lines, top: int) -> list[tuple[str, int]]:
          histograms: dict[str, list[int]] = {}
          totals: dict[str, int] = {}
          for line in lines:
              match = LINE.search(line)
              if not match:
                  continue  # skip malformed lines
              endpoint = _normalize_endpoint(match.group(1))
              histogram = histograms.setdefault(endpoint, [0] * BUCKETS)
              histogram[min(BUCKETS - 1, int(match.group(2)) // BUCKET_MS)] += 1
              totals[endpoint] = totals.get(endpoint, 0) + 1
          rows = [(endpoint, _p95(histogram, totals[endpoint])) for endpoint, histogram in histograms.items()]
          rows.sort(key=lambda row: (-row[1], row[0]))
          return rows[:top]
    `,
  },
};

const concurrencyLimit: ExecutableSpec = {
  questionId: "code-m-concurrency-limit",
  kind: "class",
  entryPoint: entry("DownloadPool", "DownloadPool"),
  comparison: "exact",
  starterCode: {
    javascript: source`
      /**
       * The scheduling core of "download every URL with at most limit requests in flight":
       * - add(url) queues a URL (URLs are unique) and returns the URLs whose download starts now.
       * - finish(url, ok) reports that an in-flight download ended (ok true or false) and returns the
       *   URLs that start because a slot freed up; a URL that is not in flight is ignored ([]).
       * - Queued URLs start in the order they were added; a failure never stops the others.
       * - report() returns one entry per added URL, in add order: "ok", "failed", or null while unfinished.
       * Executable: the tests construct new DownloadPool(limit) and play downloads starting and
       * finishing through these calls, so no network is needed.
       */
      class DownloadPool {
        constructor(limit) {
          // Your code here.
        }

        add(url) {
          // Your code here.
        }

        finish(url, ok) {
          // Your code here.
        }

        report() {
          // Your code here.
        }
      }
    `,
    typescript: source`
      /**
       * The scheduling core of "download every URL with at most limit requests in flight":
       * - add(url) queues a URL (URLs are unique) and returns the URLs whose download starts now.
       * - finish(url, ok) reports that an in-flight download ended (ok true or false) and returns the
       *   URLs that start because a slot freed up; a URL that is not in flight is ignored ([]).
       * - Queued URLs start in the order they were added; a failure never stops the others.
       * - report() returns one entry per added URL, in add order: "ok", "failed", or null while unfinished.
       * Executable: the tests construct new DownloadPool(limit) and play downloads starting and
       * finishing through these calls, so no network is needed.
       */
      class DownloadPool {
        constructor(limit: number) {
          // Your code here.
        }

        add(url: string): string[] {
          // Your code here.
        }

        finish(url: string, ok: boolean): string[] {
          // Your code here.
        }

        report(): Array<"ok" | "failed" | null> {
          // Your code here.
        }
      }
    `,
    python: source`
      class DownloadPool:
          """The scheduling core of "download every URL with at most limit requests in flight".

          - add(url) queues a URL (URLs are unique) and returns the URLs whose download starts now.
          - finish(url, ok) reports that an in-flight download ended (ok True or False) and returns the
            URLs that start because a slot freed up; a URL that is not in flight is ignored ([]).
          - Queued URLs start in the order they were added; a failure never stops the others.
          - report() returns one entry per added URL, in add order: "ok", "failed", or None while
            unfinished.
          Executable: the tests construct DownloadPool(limit) and play downloads starting and finishing
          through these calls, so no network is needed.
          """

          def __init__(self, limit: int):
              # Your code here.
              pass

          def add(self, url: str) -> list[str]:
              # Your code here.
              pass

          def finish(self, url: str, ok: bool) -> list[str]:
              # Your code here.
              pass

          def report(self) -> list[str | None]:
              # Your code here.
              pass
    `,
  },
  examples: [
    calls(
      "two in flight, the third waits",
      [["new", 2], ["add", "a"], ["add", "b"], ["add", "c"], ["finish", "a", true], ["finish", "c", false], ["report"]],
      [null, ["a"], ["b"], [], ["c"], [], ["ok", null, "failed"]],
    ),
  ],
  hiddenTests: [
    calls(
      "limit 1 runs one at a time",
      [
        ["new", 1],
        ["add", "a"],
        ["add", "b"],
        ["add", "c"],
        ["finish", "a", true],
        ["finish", "b", true],
        ["finish", "c", true],
        ["report"],
      ],
      [null, ["a"], [], [], ["b"], ["c"], [], ["ok", "ok", "ok"]],
    ),
    calls(
      "fewer URLs than the limit",
      [["new", 20], ["add", "x"], ["add", "y"], ["finish", "y", false], ["finish", "x", true], ["report"]],
      [null, ["x"], ["y"], [], [], ["ok", "failed"]],
    ),
    calls("nothing added", [["new", 3], ["report"]], [null, []]),
    calls(
      "finishing a queued or unknown URL is ignored",
      [["new", 1], ["add", "a"], ["add", "b"], ["finish", "b", true], ["finish", "zzz", true], ["report"]],
      [null, ["a"], [], [], [], [null, null]],
    ),
    calls(
      "finishing twice is ignored",
      [["new", 1], ["add", "a"], ["finish", "a", true], ["finish", "a", false], ["report"]],
      [null, ["a"], [], [], ["ok"]],
    ),
    calls(
      "failures do not stop the others",
      [
        ["new", 2],
        ["add", "a"],
        ["add", "b"],
        ["add", "c"],
        ["add", "d"],
        ["finish", "a", false],
        ["finish", "b", false],
        ["finish", "c", true],
        ["finish", "d", true],
        ["report"],
      ],
      [null, ["a"], ["b"], [], [], ["c"], ["d"], [], [], ["failed", "failed", "ok", "ok"]],
    ),
    calls(
      "out-of-order completions free slots in add order",
      [
        ["new", 2],
        ["add", "a"],
        ["add", "b"],
        ["add", "c"],
        ["add", "d"],
        ["finish", "b", true],
        ["finish", "c", true],
        ["report"],
      ],
      [null, ["a"], ["b"], [], [], ["c"], ["d"], [null, "ok", "ok", null]],
    ),
    calls(
      "thirty URLs, twenty in flight",
      [
        ["new", 20],
        ...range(30).map((i): Call => ["add", `u${i}`]),
        ...range(10).map((i): Call => ["finish", `u${i}`, true]),
        ["report"],
      ],
      [
        null,
        ...range(30).map((i) => (i < 20 ? [`u${i}`] : [])),
        ...range(10).map((i) => [`u${20 + i}`]),
        range(30).map((i) => (i < 10 ? "ok" : null)),
      ],
    ),
  ],
  referenceSolutions: {
    javascript: source`
      class DownloadPool {
        constructor(limit) {
          this.limit = limit;
          this.queue = []; // waiting URLs, oldest first
          this.head = 0; // index of the next queued URL (shift() would be O(n))
          this.running = new Set();
          this.outcomes = new Map(); // url -> "ok" | "failed" | null, in add order
        }

        add(url) {
          this.outcomes.set(url, null);
          this.queue.push(url);
          return this.startWhileFree();
        }

        finish(url, ok) {
          if (!this.running.delete(url)) return []; // not in flight
          this.outcomes.set(url, ok ? "ok" : "failed");
          return this.startWhileFree();
        }

        report() {
          return [...this.outcomes.values()];
        }

        startWhileFree() {
          const started = [];
          while (this.running.size < this.limit && this.head < this.queue.length) {
            const url = this.queue[this.head++];
            this.running.add(url);
            started.push(url);
          }
          return started;
        }
      }
    `,
    typescript: source`
      type Outcome = "ok" | "failed" | null;

      class DownloadPool {
        private readonly limit: number;
        private readonly queue: string[] = []; // waiting URLs, oldest first
        private head = 0; // index of the next queued URL (shift() would be O(n))
        private readonly running = new Set<string>();
        private readonly outcomes = new Map<string, Outcome>(); // in add order

        constructor(limit: number) {
          this.limit = limit;
        }

        add(url: string): string[] {
          this.outcomes.set(url, null);
          this.queue.push(url);
          return this.startWhileFree();
        }

        finish(url: string, ok: boolean): string[] {
          if (!this.running.delete(url)) return []; // not in flight
          this.outcomes.set(url, ok ? "ok" : "failed");
          return this.startWhileFree();
        }

        report(): Outcome[] {
          return [...this.outcomes.values()];
        }

        private startWhileFree(): string[] {
          const started: string[] = [];
          while (this.running.size < this.limit && this.head < this.queue.length) {
            const url = this.queue[this.head++];
            this.running.add(url);
            started.push(url);
          }
          return started;
        }
      }
    `,
    python: source`
      from collections import deque


      class DownloadPool:
          def __init__(self, limit: int):
              self.limit = limit
              self.queue: deque[str] = deque()  # waiting URLs, oldest first
              self.running: set[str] = set()
              self.outcomes: dict[str, str | None] = {}  # in add order

          def add(self, url: str) -> list[str]:
              self.outcomes[url] = None
              self.queue.append(url)
              return self._start_while_free()

          def finish(self, url: str, ok: bool) -> list[str]:
              if url not in self.running:
                  return []  # not in flight
              self.running.remove(url)
              self.outcomes[url] = "ok" if ok else "failed"
              return self._start_while_free()

          def report(self) -> list[str | None]:
              return list(self.outcomes.values())

          def _start_while_free(self) -> list[str]:
              started = []
              while len(self.running) < self.limit and self.queue:
                  url = self.queue.popleft()
                  self.running.add(url)
                  started.append(url)
              return started
    `,
  },
};

const jsonDiff: ExecutableSpec = {
  questionId: "code-m-json-diff",
  kind: "function",
  entryPoint: entry("jsonDiff", "json_diff"),
  comparison: "unordered",
  starterCode: {
    javascript: source`
      /**
       * The differences between two JSON values, as a list of changes:
       *   { path, kind: "added", newValue } | { path, kind: "removed", oldValue }
       *   | { path, kind: "changed", oldValue, newValue }
       * Two objects, or two arrays, are compared key by key (array elements by index) and recursively;
       * anything else (primitives, null, a type change such as object -> array) is one "changed" entry
       * when the values differ. path joins the keys with dots ("items.0.name"); the root's path is "".
       * Executable: the tests call jsonDiff(a, b); the changes may come in any order.
       */
      function jsonDiff(a, b) {
        // Your code here.
      }
    `,
    typescript: source`
      type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
      type Change =
        | { path: string; kind: "added"; newValue: Json }
        | { path: string; kind: "removed"; oldValue: Json }
        | { path: string; kind: "changed"; oldValue: Json; newValue: Json };

      /**
       * The differences between two JSON values, as a list of changes.
       * Two objects, or two arrays, are compared key by key (array elements by index) and recursively;
       * anything else (primitives, null, a type change such as object -> array) is one "changed" entry
       * when the values differ. path joins the keys with dots ("items.0.name"); the root's path is "".
       * Executable: the tests call jsonDiff(a, b); the changes may come in any order.
       */
      function jsonDiff(a: Json, b: Json): Change[] {
        // Your code here.
      }
    `,
    python: source`
      def json_diff(a, b) -> list[dict]:
          """The differences between two JSON values, as a list of changes.

          {"path", "kind": "added", "newValue"} | {"path", "kind": "removed", "oldValue"}
          | {"path", "kind": "changed", "oldValue", "newValue"}
          Two dicts, or two lists, are compared key by key (list elements by index) and recursively;
          anything else (primitives, None, a type change such as dict -> list) is one "changed" entry
          when the values differ. path joins the keys with dots ("items.0.name"); the root's path is "".
          Executable: the tests call json_diff(a, b); the changes may come in any order.
          """
          # Your code here.
          pass
    `,
  },
  examples: [
    test(
      "a nested change and an added key",
      [
        { a: 1, b: { c: 2 } },
        { a: 1, b: { c: 3 }, d: true },
      ],
      [
        { path: "b.c", kind: "changed", oldValue: 2, newValue: 3 },
        { path: "d", kind: "added", newValue: true },
      ],
    ),
  ],
  hiddenTests: [
    test("equal documents", [{ a: [1, { b: null }] }, { a: [1, { b: null }] }], []),
    test("empty objects", [{}, {}], []),
    test("a removed key", [{ a: 1, b: "x" }, { a: 1 }], [{ path: "b", kind: "removed", oldValue: "x" }]),
    test(
      "an object becomes null",
      [{ a: { x: 1 } }, { a: null }],
      [{ path: "a", kind: "changed", oldValue: { x: 1 }, newValue: null }],
    ),
    test("null is a value, not a missing key", [{ a: null }, {}], [{ path: "a", kind: "removed", oldValue: null }]),
    test(
      "arrays compare by index",
      [{ list: [1, 2, 3] }, { list: [1, 5] }],
      [
        { path: "list.1", kind: "changed", oldValue: 2, newValue: 5 },
        { path: "list.2", kind: "removed", oldValue: 3 },
      ],
    ),
    test("an added array element", [[1], [1, { id: 2 }]], [{ path: "1", kind: "added", newValue: { id: 2 } }]),
    test(
      "paths through arrays of objects",
      [{ items: [{ name: "a" }] }, { items: [{ name: "b" }] }],
      [{ path: "items.0.name", kind: "changed", oldValue: "a", newValue: "b" }],
    ),
    test("root primitives", [1, 2], [{ path: "", kind: "changed", oldValue: 1, newValue: 2 }]),
    test(
      "an array becomes an object",
      [{ v: [1] }, { v: { "0": 1 } }],
      [{ path: "v", kind: "changed", oldValue: [1], newValue: { "0": 1 } }],
    ),
    test(
      "a string is not a number",
      [{ n: "1" }, { n: 1 }],
      [{ path: "n", kind: "changed", oldValue: "1", newValue: 1 }],
    ),
    test(
      "an added subtree is one change",
      [{}, { a: { b: { c: 1 } } }],
      [{ path: "a", kind: "added", newValue: { b: { c: 1 } } }],
    ),
    test(
      "several changes at different depths",
      [
        { user: { name: "Ann", tags: ["a", "b"], address: { city: "Oslo" } }, active: true },
        { user: { name: "Ann", tags: ["a"], address: { city: "Bergen", zip: "5003" } }, active: false },
      ],
      [
        { path: "user.tags.1", kind: "removed", oldValue: "b" },
        { path: "user.address.city", kind: "changed", oldValue: "Oslo", newValue: "Bergen" },
        { path: "user.address.zip", kind: "added", newValue: "5003" },
        { path: "active", kind: "changed", oldValue: true, newValue: false },
      ],
    ),
  ],
  referenceSolutions: {
    javascript: source`
      function entriesOf(value) {
        if (Array.isArray(value)) return new Map(value.map((item, i) => [String(i), item]));
        if (typeof value === "object" && value !== null) return new Map(Object.entries(value));
        return null; // a primitive, including null
      }

      function jsonDiff(a, b, path = [], out = []) {
        const left = entriesOf(a);
        const right = entriesOf(b);
        if (left && right && Array.isArray(a) === Array.isArray(b)) {
          for (const [key, oldValue] of left) {
            const childPath = [...path, key];
            if (!right.has(key)) out.push({ path: childPath.join("."), kind: "removed", oldValue });
            else jsonDiff(oldValue, right.get(key), childPath, out);
          }
          for (const [key, newValue] of right) {
            if (!left.has(key)) out.push({ path: [...path, key].join("."), kind: "added", newValue });
          }
        } else if (left !== null || right !== null || a !== b) {
          // containers of different kinds, a container against a primitive, or two different primitives
          out.push({ path: path.join("."), kind: "changed", oldValue: a, newValue: b });
        }
        return out;
      }
    `,
    typescript: source`
      type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
      type Change =
        | { path: string; kind: "added"; newValue: Json }
        | { path: string; kind: "removed"; oldValue: Json }
        | { path: string; kind: "changed"; oldValue: Json; newValue: Json };

      function entriesOf(value: Json): Map<string, Json> | null {
        if (Array.isArray(value)) return new Map(value.map((item, i): [string, Json] => [String(i), item]));
        if (typeof value === "object" && value !== null) return new Map(Object.entries(value));
        return null; // a primitive, including null
      }

      function jsonDiff(a: Json, b: Json, path: string[] = [], out: Change[] = []): Change[] {
        const left = entriesOf(a);
        const right = entriesOf(b);
        if (left && right && Array.isArray(a) === Array.isArray(b)) {
          for (const [key, oldValue] of left) {
            const childPath = [...path, key];
            const newValue = right.get(key);
            if (newValue === undefined) out.push({ path: childPath.join("."), kind: "removed", oldValue });
            else jsonDiff(oldValue, newValue, childPath, out);
          }
          for (const [key, newValue] of right) {
            if (!left.has(key)) out.push({ path: [...path, key].join("."), kind: "added", newValue });
          }
        } else if (left !== null || right !== null || a !== b) {
          // containers of different kinds, a container against a primitive, or two different primitives
          out.push({ path: path.join("."), kind: "changed", oldValue: a, newValue: b });
        }
        return out;
      }
    `,
    python: source`
      def _entries(value):
          if isinstance(value, list):
              return {str(i): item for i, item in enumerate(value)}
          if isinstance(value, dict):
              return value
          return None  # a primitive, including None


      def _same_primitive(a, b) -> bool:
          return type(a) is type(b) and a == b  # True is not 1 in JSON


      def json_diff(a, b, path: list[str] | None = None, out: list[dict] | None = None) -> list[dict]:
          path = [] if path is None else path
          out = [] if out is None else out
          left, right = _entries(a), _entries(b)
          if left is not None and right is not None and isinstance(a, list) == isinstance(b, list):
              for key, old_value in left.items():
                  child = path + [key]
                  if key not in right:
                      out.append({"path": ".".join(child), "kind": "removed", "oldValue": old_value})
                  else:
                      json_diff(old_value, right[key], child, out)
              for key, new_value in right.items():
                  if key not in left:
                      out.append({"path": ".".join(path + [key]), "kind": "added", "newValue": new_value})
          elif left is not None or right is not None or not _same_primitive(a, b):
              out.append({"path": ".".join(path), "kind": "changed", "oldValue": a, "newValue": b})
          return out
    `,
  },
};

const slidingWindowMax: ExecutableSpec = {
  questionId: "code-m-sliding-window-max",
  kind: "function",
  entryPoint: entry("windowMaxima", "window_maxima"),
  comparison: "exact",
  starterCode: {
    javascript: source`
      /**
       * The maximum of every window of k consecutive values of nums, in order; an empty array when
       * k <= 0 or k > nums.length.
       * Executable: the tests call windowMaxima(nums, k); large inputs expect O(n).
       */
      function windowMaxima(nums, k) {
        // Your code here.
      }
    `,
    typescript: source`
      /**
       * The maximum of every window of k consecutive values of nums, in order; an empty array when
       * k <= 0 or k > nums.length.
       * Executable: the tests call windowMaxima(nums, k); large inputs expect O(n).
       */
      function windowMaxima(nums: number[], k: number): number[] {
        // Your code here.
      }
    `,
    python: source`
      def window_maxima(nums: list[int], k: int) -> list[int]:
          """The maximum of every window of k consecutive values of nums, in order.

          An empty list when k <= 0 or k > len(nums).
          Executable: the tests call window_maxima(nums, k); large inputs expect O(n).
          """
          # Your code here.
          pass
    `,
  },
  examples: [test("window of 3", [[1, 3, -1, -3, 5, 3, 6, 7], 3], [3, 3, 5, 5, 6, 7])],
  hiddenTests: [
    test("empty input", [[], 3], []),
    test("k of 1 returns the input", [[4, 2, 12, 3], 1], [4, 2, 12, 3]),
    test("k equal to the length", [[4, 2, 12, 3], 4], [12]),
    test("k larger than the length", [[1, 2], 3], []),
    test("k of 0", [[1, 2], 0], []),
    test("decreasing values", [[9, 8, 7, 6, 5], 2], [9, 8, 7, 6]),
    test("equal values", [[2, 2, 2, 2], 2], [2, 2, 2]),
    test("negative values", [[-7, -8, -3, -9, -1], 2], [-7, -3, -3, -1]),
    test("single element", [[42], 1], [42]),
    test("long increasing series", [range(5000), 10], range(4991, 9)),
    test(
      "long decreasing series",
      [range(5000).reverse(), 100],
      range(4901)
        .reverse()
        .map((i) => i + 99),
    ),
  ],
  referenceSolutions: {
    javascript: source`
      function windowMaxima(nums, k) {
        if (k <= 0 || k > nums.length) return [];
        const deque = []; // indices; values decrease from front to back
        let head = 0; // front of the deque, moved instead of shift() which is O(n)
        const maxima = [];
        for (let i = 0; i < nums.length; i++) {
          if (head < deque.length && deque[head] <= i - k) head++; // the front left the window
          while (deque.length > head && nums[deque[deque.length - 1]] <= nums[i]) deque.pop();
          deque.push(i);
          if (i >= k - 1) maxima.push(nums[deque[head]]);
        }
        return maxima;
      }
    `,
    typescript: source`
      function windowMaxima(nums: number[], k: number): number[] {
        if (k <= 0 || k > nums.length) return [];
        const deque: number[] = []; // indices; values decrease from front to back
        let head = 0; // front of the deque, moved instead of shift() which is O(n)
        const maxima: number[] = [];
        for (let i = 0; i < nums.length; i++) {
          if (head < deque.length && deque[head] <= i - k) head++; // the front left the window
          while (deque.length > head && nums[deque[deque.length - 1]] <= nums[i]) deque.pop();
          deque.push(i);
          if (i >= k - 1) maxima.push(nums[deque[head]]);
        }
        return maxima;
      }
    `,
    python: source`
      from collections import deque


      def window_maxima(nums: list[int], k: int) -> list[int]:
          if k <= 0 or k > len(nums):
              return []
          window: deque[int] = deque()  # indices; values decrease from front to back
          maxima: list[int] = []
          for i, value in enumerate(nums):
              if window and window[0] <= i - k:
                  window.popleft()  # the front left the window
              while window and nums[window[-1]] <= value:
                  window.pop()
              window.append(i)
              if i >= k - 1:
                  maxima.append(nums[window[0]])
          return maxima
    `,
  },
};

const MAZE = [".....", "####.", ".....", ".####", "....."];
const OPEN_30 = range(30).map(() => ".".repeat(30));
const WALLED_40 = range(40).map((r) => (r < 39 ? `${".".repeat(20)}#${".".repeat(19)}` : ".".repeat(40)));

const gridShortestPath: ExecutableSpec = {
  questionId: "code-m-grid-shortest-path",
  kind: "function",
  entryPoint: entry("shortestPath", "shortest_path"),
  comparison: "exact",
  starterCode: {
    javascript: source`
      /**
       * The number of moves (up, down, left, right) on the shortest path from start to target, or -1
       * when there is none. grid is a list of rows; "." is open and "#" is a wall. start and target are
       * [row, column]; a start or target on a wall or outside the grid gives -1.
       * Executable: the tests call shortestPath(grid, start, target).
       */
      function shortestPath(grid, start, target) {
        // Your code here.
      }
    `,
    typescript: source`
      /**
       * The number of moves (up, down, left, right) on the shortest path from start to target, or -1
       * when there is none. grid is a list of rows; "." is open and "#" is a wall. start and target are
       * [row, column]; a start or target on a wall or outside the grid gives -1.
       * Executable: the tests call shortestPath(grid, start, target).
       */
      function shortestPath(grid: string[], start: [number, number], target: [number, number]): number {
        // Your code here.
      }
    `,
    python: source`
      def shortest_path(grid: list[str], start: list[int], target: list[int]) -> int:
          """The number of moves (up, down, left, right) on the shortest path from start to target.

          -1 when there is none. grid is a list of rows; "." is open and "#" is a wall. start and target
          are [row, column]; a start or target on a wall or outside the grid gives -1.
          Executable: the tests call shortest_path(grid, start, target).
          """
          # Your code here.
          pass
    `,
  },
  examples: [
    test(
      "around a wall",
      [
        ["...", ".#.", "..."],
        [0, 0],
        [2, 2],
      ],
      4,
    ),
    test(
      "through a gap",
      [
        ["..#", "#.#", "#.."],
        [0, 0],
        [2, 2],
      ],
      4,
    ),
  ],
  hiddenTests: [
    test(
      "start is the target",
      [
        ["...", "..."],
        [1, 1],
        [1, 1],
      ],
      0,
    ),
    test(
      "start on a wall",
      [
        ["#.", ".."],
        [0, 0],
        [1, 1],
      ],
      -1,
    ),
    test(
      "target on a wall",
      [
        ["..", ".#"],
        [0, 0],
        [1, 1],
      ],
      -1,
    ),
    test(
      "walled in",
      [
        [".#.", "##.", "..."],
        [0, 0],
        [2, 2],
      ],
      -1,
    ),
    test("one cell", [["."], [0, 0], [0, 0]], 0),
    test("empty grid", [[], [0, 0], [0, 0]], -1),
    test(
      "target outside the grid",
      [
        ["..", ".."],
        [0, 0],
        [5, 5],
      ],
      -1,
    ),
    test("corridor", [["........"], [0, 0], [0, 7]], 7),
    test("snake through a maze", [MAZE, [0, 0], [4, 4]], 16),
    test("open 30 by 30", [OPEN_30, [0, 0], [29, 29]], 58),
    test("around a long wall", [WALLED_40, [0, 0], [0, 39]], 117),
  ],
  referenceSolutions: {
    javascript: source`
      function shortestPath(grid, start, target) {
        const rows = grid.length;
        const cols = rows > 0 ? grid[0].length : 0;
        const open = (r, c) => r >= 0 && r < rows && c >= 0 && c < cols && grid[r][c] !== "#";
        if (!open(start[0], start[1]) || !open(target[0], target[1])) return -1;
        const dist = grid.map((row) => new Array(row.length).fill(-1)); // -1 = not visited
        dist[start[0]][start[1]] = 0;
        const queue = [start];
        for (let head = 0; head < queue.length; head++) {
          const [r, c] = queue[head];
          if (r === target[0] && c === target[1]) return dist[r][c];
          for (const [dr, dc] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
            const nr = r + dr;
            const nc = c + dc;
            if (open(nr, nc) && dist[nr][nc] === -1) {
              dist[nr][nc] = dist[r][c] + 1; // mark visited when enqueued
              queue.push([nr, nc]);
            }
          }
        }
        return -1; // unreachable
      }
    `,
    typescript: source`
      function shortestPath(grid: string[], start: [number, number], target: [number, number]): number {
        const rows = grid.length;
        const cols = rows > 0 ? grid[0].length : 0;
        const open = (r: number, c: number): boolean => r >= 0 && r < rows && c >= 0 && c < cols && grid[r][c] !== "#";
        if (!open(start[0], start[1]) || !open(target[0], target[1])) return -1;
        const dist = grid.map((row) => new Array<number>(row.length).fill(-1)); // -1 = not visited
        dist[start[0]][start[1]] = 0;
        const queue: Array<[number, number]> = [start];
        for (let head = 0; head < queue.length; head++) {
          const [r, c] = queue[head];
          if (r === target[0] && c === target[1]) return dist[r][c];
          for (const [dr, dc] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
            const nr = r + dr;
            const nc = c + dc;
            if (open(nr, nc) && dist[nr][nc] === -1) {
              dist[nr][nc] = dist[r][c] + 1; // mark visited when enqueued
              queue.push([nr, nc]);
            }
          }
        }
        return -1; // unreachable
      }
    `,
    python: source`
      from collections import deque


      def shortest_path(grid: list[str], start: list[int], target: list[int]) -> int:
          rows = len(grid)
          cols = len(grid[0]) if rows else 0

          def is_open(r: int, c: int) -> bool:
              return 0 <= r < rows and 0 <= c < cols and grid[r][c] != "#"

          if not is_open(*start) or not is_open(*target):
              return -1
          dist = {tuple(start): 0}  # visited cells and their distance
          queue = deque([tuple(start)])
          while queue:
              r, c = queue.popleft()
              if [r, c] == list(target):
                  return dist[(r, c)]
              for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                  nxt = (r + dr, c + dc)
                  if is_open(*nxt) and nxt not in dist:
                      dist[nxt] = dist[(r, c)] + 1  # mark visited when enqueued
                      queue.append(nxt)
          return -1  # unreachable
    `,
  },
};

const shipWithinDays: ExecutableSpec = {
  questionId: "code-m-binary-search-answer",
  kind: "function",
  entryPoint: entry("shipWithinDays", "ship_within_days"),
  comparison: "exact",
  starterCode: {
    javascript: source`
      /**
       * The minimum ship capacity that ships every package, in the given order, within days days (each
       * day carries consecutive packages up to the capacity); 0 when there are no packages.
       * Executable: the tests call shipWithinDays(weights, days).
       */
      function shipWithinDays(weights, days) {
        // Your code here.
      }
    `,
    typescript: source`
      /**
       * The minimum ship capacity that ships every package, in the given order, within days days (each
       * day carries consecutive packages up to the capacity); 0 when there are no packages.
       * Executable: the tests call shipWithinDays(weights, days).
       */
      function shipWithinDays(weights: number[], days: number): number {
        // Your code here.
      }
    `,
    python: source`
      def ship_within_days(weights: list[int], days: int) -> int:
          """The minimum ship capacity that ships every package, in order, within days days.

          Each day carries consecutive packages up to the capacity; 0 when there are no packages.
          Executable: the tests call ship_within_days(weights, days).
          """
          # Your code here.
          pass
    `,
  },
  examples: [
    test("ten packages in five days", [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5], 15),
    test("six packages in three days", [[3, 2, 2, 4, 1, 4], 3], 6),
  ],
  hiddenTests: [
    test("four days", [[1, 2, 3, 1, 1], 4], 3),
    test("no packages", [[], 3], 0),
    test("one day carries everything", [[1, 2, 3, 4], 1], 10),
    test("more days than packages", [[4, 9, 2], 10], 9),
    test("single package", [[7], 3], 7),
    test("heavy equal packages", [[500, 500, 500], 2], 1000),
    test("equal packages", [[5, 5, 5, 5], 2], 10),
    test("five hundred packages", [range(500, 1), 10], 12_675),
    test("a thousand packages", [range(1000).map((i) => ((i * 37) % 101) + 1), 25], 2069),
  ],
  referenceSolutions: {
    javascript: source`
      function canShip(weights, days, capacity) {
        let daysNeeded = 1;
        let load = 0;
        for (const w of weights) {
          if (load + w > capacity) {
            daysNeeded++; // start a new day
            load = 0;
          }
          load += w;
        }
        return daysNeeded <= days;
      }

      function shipWithinDays(weights, days) {
        if (weights.length === 0) return 0;
        let lo = Math.max(...weights); // the heaviest package must fit
        let hi = weights.reduce((sum, w) => sum + w, 0); // everything in one day
        while (lo < hi) {
          const mid = Math.floor((lo + hi) / 2);
          if (canShip(weights, days, mid)) hi = mid;
          else lo = mid + 1;
        }
        return lo;
      }
    `,
    typescript: source`
      function canShip(weights: number[], days: number, capacity: number): boolean {
        let daysNeeded = 1;
        let load = 0;
        for (const w of weights) {
          if (load + w > capacity) {
            daysNeeded++; // start a new day
            load = 0;
          }
          load += w;
        }
        return daysNeeded <= days;
      }

      function shipWithinDays(weights: number[], days: number): number {
        if (weights.length === 0) return 0;
        let lo = Math.max(...weights); // the heaviest package must fit
        let hi = weights.reduce((sum, w) => sum + w, 0); // everything in one day
        while (lo < hi) {
          const mid = Math.floor((lo + hi) / 2);
          if (canShip(weights, days, mid)) hi = mid;
          else lo = mid + 1;
        }
        return lo;
      }
    `,
    python: source`
      def _can_ship(weights: list[int], days: int, capacity: int) -> bool:
          days_needed, load = 1, 0
          for w in weights:
              if load + w > capacity:
                  days_needed += 1  # start a new day
                  load = 0
              load += w
          return days_needed <= days


      def ship_within_days(weights: list[int], days: int) -> int:
          if not weights:
              return 0
          lo, hi = max(weights), sum(weights)  # the heaviest must fit; everything in one day
          while lo < hi:
              mid = (lo + hi) // 2
              if _can_ship(weights, days, mid):
                  hi = mid
              else:
                  lo = mid + 1
          return lo
    `,
  },
};

// Debounce and throttle are about timers. The runnable variant injects fake timers (the usual
// fake-timer test) and plays a timeline of calls.
const TIMELINE_HARNESS_JS = source`
  // Test harness, keep it. Fake timers: setTimeout(callback, ms) returns an id, clearTimeout(id)
  // cancels it (an unknown id, null or undefined is ignored), now() is the fake time in ms.
  class FakeTimers {
    constructor() {
      this.time = 0;
      this.nextId = 1;
      this.pending = [];
    }
    now() {
      return this.time;
    }
    setTimeout(callback, ms) {
      const id = this.nextId++;
      this.pending.push({ id, at: this.time + Math.max(0, ms), callback });
      return id;
    }
    clearTimeout(id) {
      this.pending = this.pending.filter((timer) => timer.id !== id);
    }
    advanceTo(time) {
      for (;;) {
        let next = null;
        for (const timer of this.pending) {
          if (timer.at > time) continue;
          if (next === null || timer.at < next.at || (timer.at === next.at && timer.id < next.id)) next = timer;
        }
        if (next === null) break;
        this.pending = this.pending.filter((timer) => timer !== next);
        this.time = next.at;
        next.callback();
      }
      this.time = Math.max(this.time, time);
    }
  }

  // Executable: the tests call runTimeline(kind, waitMs, calls, endMs). kind is "debounce" or
  // "throttle"; calls are [timeMs, arg] in time order. Each call happens at its time (timers due at
  // or before that time fire first), then the clock runs to endMs. The result lists every run of the
  // wrapped function as [timeMs, arg].
  function runTimeline(kind, waitMs, calls, endMs) {
    const timers = new FakeTimers();
    const runs = [];
    const record = (arg) => {
      runs.push([timers.now(), arg]);
    };
    const wrapped = kind === "debounce" ? debounce(record, waitMs, timers) : throttle(record, waitMs, timers);
    for (const [time, arg] of calls) {
      timers.advanceTo(time);
      wrapped(arg);
    }
    timers.advanceTo(endMs);
    return runs;
  }
`;

const TIMELINE_HARNESS_TS = source`
  // Test harness, keep it. Fake timers: setTimeout(callback, ms) returns an id, clearTimeout(id)
  // cancels it (an unknown id, null or undefined is ignored), now() is the fake time in ms.
  interface PendingTimer {
    id: number;
    at: number;
    callback: () => void;
  }

  class FakeTimers implements Timers {
    private time = 0;
    private nextId = 1;
    private pending: PendingTimer[] = [];
    now(): number {
      return this.time;
    }
    setTimeout(callback: () => void, ms: number): number {
      const id = this.nextId++;
      this.pending.push({ id, at: this.time + Math.max(0, ms), callback });
      return id;
    }
    clearTimeout(id: number | null | undefined): void {
      this.pending = this.pending.filter((timer) => timer.id !== id);
    }
    advanceTo(time: number): void {
      for (;;) {
        let next: PendingTimer | null = null;
        for (const timer of this.pending) {
          if (timer.at > time) continue;
          if (next === null || timer.at < next.at || (timer.at === next.at && timer.id < next.id)) next = timer;
        }
        if (next === null) break;
        const due = next;
        this.pending = this.pending.filter((timer) => timer !== due);
        this.time = due.at;
        due.callback();
      }
      this.time = Math.max(this.time, time);
    }
  }

  // Executable: the tests call runTimeline(kind, waitMs, calls, endMs). kind is "debounce" or
  // "throttle"; calls are [timeMs, arg] in time order. Each call happens at its time (timers due at
  // or before that time fire first), then the clock runs to endMs. The result lists every run of the
  // wrapped function as [timeMs, arg].
  function runTimeline(kind: string, waitMs: number, calls: Array<[number, string]>, endMs: number) {
    const timers = new FakeTimers();
    const runs: Array<[number, string]> = [];
    const record = (arg: string): void => {
      runs.push([timers.now(), arg]);
    };
    const wrapped = kind === "debounce" ? debounce(record, waitMs, timers) : throttle(record, waitMs, timers);
    for (const [time, arg] of calls) {
      timers.advanceTo(time);
      wrapped(arg);
    }
    timers.advanceTo(endMs);
    return runs;
  }
`;

const TIMERS_TS = source`
  interface Timers {
    setTimeout(callback: () => void, ms: number): number;
    clearTimeout(id: number | null | undefined): void;
    now(): number;
  }
`;

const TIMELINE_HARNESS_PY = source`
  # Test harness, keep it. Fake timers: set_timeout(callback, ms) returns a handle, clear_timeout(handle)
  # cancels it (an unknown handle or None is ignored), now() is the fake time in ms.
  class FakeTimers:
      def __init__(self):
          self.time = 0
          self.next_id = 1
          self.pending: list[tuple[int, int, object]] = []  # (at, id, callback)

      def now(self) -> int:
          return self.time

      def set_timeout(self, callback, ms: int) -> int:
          handle = self.next_id
          self.next_id += 1
          self.pending.append((self.time + max(0, ms), handle, callback))
          return handle

      def clear_timeout(self, handle) -> None:
          self.pending = [timer for timer in self.pending if timer[1] != handle]

      def advance_to(self, time: int) -> None:
          while True:
              due = [timer for timer in self.pending if timer[0] <= time]
              if not due:
                  break
              timer = min(due, key=lambda t: (t[0], t[1]))
              self.pending.remove(timer)
              self.time = timer[0]
              timer[2]()
          self.time = max(self.time, time)


  # Executable: the tests call run_timeline(kind, wait_ms, calls, end_ms). kind is "debounce" or
  # "throttle"; calls are [time_ms, arg] in time order. Each call happens at its time (timers due at
  # or before that time fire first), then the clock runs to end_ms. The result lists every run of the
  # wrapped function as [time_ms, arg].
  def run_timeline(kind: str, wait_ms: int, calls: list, end_ms: int) -> list:
      timers = FakeTimers()
      runs = []

      def record(arg):
          runs.append([timers.now(), arg])

      wrapped = debounce(record, wait_ms, timers) if kind == "debounce" else throttle(record, wait_ms, timers)
      for time, arg in calls:
          timers.advance_to(time)
          wrapped(arg)
      timers.advance_to(end_ms)
      return runs
`;

const debounceThrottle: ExecutableSpec = {
  questionId: "code-m-debounce-throttle",
  kind: "function",
  entryPoint: entry("runTimeline", "run_timeline"),
  comparison: "exact",
  starterCode: {
    javascript: program(
      source`
        /**
         * Returns a function that runs fn waitMs after the latest call, once, with the latest
         * arguments: every call restarts the wait.
         * Use timers.setTimeout(callback, ms), timers.clearTimeout(id) and timers.now() instead of the
         * globals, so the tests control time.
         */
        function debounce(fn, waitMs, timers) {
          // Your code here.
        }

        /**
         * Returns a function that runs fn at most once per interval. A call at least intervalMs after
         * the last run runs fn at once (leading). A call inside the interval only remembers its
         * arguments, and one trailing run with the latest arguments happens when the interval ends
         * (last run + intervalMs). Every run, leading or trailing, starts a new interval.
         */
        function throttle(fn, intervalMs, timers) {
          // Your code here.
        }
      `,
      TIMELINE_HARNESS_JS,
    ),
    typescript: program(
      TIMERS_TS,
      source`
        /**
         * Returns a function that runs fn waitMs after the latest call, once, with the latest
         * arguments: every call restarts the wait.
         * Use timers.setTimeout(callback, ms), timers.clearTimeout(id) and timers.now() instead of the
         * globals, so the tests control time.
         */
        function debounce<A extends unknown[]>(fn: (...args: A) => void, waitMs: number, timers: Timers) {
          // Your code here.
        }

        /**
         * Returns a function that runs fn at most once per interval. A call at least intervalMs after
         * the last run runs fn at once (leading). A call inside the interval only remembers its
         * arguments, and one trailing run with the latest arguments happens when the interval ends
         * (last run + intervalMs). Every run, leading or trailing, starts a new interval.
         */
        function throttle<A extends unknown[]>(fn: (...args: A) => void, intervalMs: number, timers: Timers) {
          // Your code here.
        }
      `,
      TIMELINE_HARNESS_TS,
    ),
    python: program(
      source`
        def debounce(fn, wait_ms: int, timers):
            """Return a function that runs fn wait_ms after the latest call, once, with the latest arguments.

            Every call restarts the wait. Use timers.set_timeout(callback, ms), timers.clear_timeout(handle)
            and timers.now() instead of real timers, so the tests control time.
            """
            # Your code here.
            pass


        def throttle(fn, interval_ms: int, timers):
            """Return a function that runs fn at most once per interval.

            A call at least interval_ms after the last run runs fn at once (leading). A call inside the
            interval only remembers its arguments, and one trailing run with the latest arguments
            happens when the interval ends (last run + interval_ms). Every run, leading or trailing,
            starts a new interval.
            """
            # Your code here.
            pass
      `,
      TIMELINE_HARNESS_PY,
    ),
  },
  examples: [
    test(
      "debounce runs once after the calls stop",
      [
        "debounce",
        100,
        [
          [0, "a"],
          [50, "b"],
          [120, "c"],
        ],
        500,
      ],
      [[220, "c"]],
    ),
    test(
      "throttle: leading run, then trailing runs",
      [
        "throttle",
        100,
        [
          [0, "a"],
          [20, "b"],
          [50, "c"],
          [150, "d"],
        ],
        500,
      ],
      [
        [0, "a"],
        [100, "c"],
        [200, "d"],
      ],
    ),
  ],
  hiddenTests: [
    test(
      "debounce: two separate bursts",
      [
        "debounce",
        100,
        [
          [0, "a"],
          [300, "b"],
        ],
        1000,
      ],
      [
        [100, "a"],
        [400, "b"],
      ],
    ),
    test("debounce: no calls", ["debounce", 100, [], 1000], []),
    test("debounce: still waiting at the end", ["debounce", 100, [[0, "a"]], 50], []),
    test(
      "debounce: a call when the timer is due",
      [
        "debounce",
        100,
        [
          [0, "a"],
          [100, "b"],
        ],
        1000,
      ],
      [
        [100, "a"],
        [200, "b"],
      ],
    ),
    test(
      "debounce: a long burst runs once",
      ["debounce", 100, range(20).map((i) => [i * 50, `c${i}`]), 2000],
      [[1050, "c19"]],
    ),
    test("throttle: a single call", ["throttle", 100, [[0, "a"]], 1000], [[0, "a"]]),
    test(
      "throttle: spaced calls all lead",
      [
        "throttle",
        100,
        [
          [0, "a"],
          [100, "b"],
          [250, "c"],
        ],
        1000,
      ],
      [
        [0, "a"],
        [100, "b"],
        [250, "c"],
      ],
    ),
    test(
      "throttle: a burst keeps the latest arguments",
      [
        "throttle",
        100,
        [
          [0, "a"],
          [10, "b"],
          [20, "c"],
          [30, "d"],
        ],
        500,
      ],
      [
        [0, "a"],
        [100, "d"],
      ],
    ),
    test(
      "throttle: trailing run still pending at the end",
      [
        "throttle",
        100,
        [
          [0, "a"],
          [50, "b"],
        ],
        60,
      ],
      [[0, "a"]],
    ),
    test(
      "throttle: a call as the interval ends",
      [
        "throttle",
        100,
        [
          [0, "a"],
          [50, "b"],
          [100, "c"],
        ],
        500,
      ],
      [
        [0, "a"],
        [100, "b"],
        [200, "c"],
      ],
    ),
    test(
      "throttle: a steady stream",
      ["throttle", 100, range(11).map((i) => [i * 30, `s${i}`]), 1000],
      [
        [0, "s0"],
        [100, "s3"],
        [200, "s6"],
        [300, "s9"],
        [400, "s10"],
      ],
    ),
  ],
  referenceSolutions: {
    javascript: program(
      source`
        function debounce(fn, waitMs, timers) {
          let timer = null;
          return (...args) => {
            timers.clearTimeout(timer); // restart the quiet period
            timer = timers.setTimeout(() => {
              timer = null;
              fn(...args);
            }, waitMs);
          };
        }

        function throttle(fn, intervalMs, timers) {
          let lastRun = -Infinity;
          let trailing = null;
          let lastArgs = [];
          return (...args) => {
            const elapsed = timers.now() - lastRun;
            if (elapsed >= intervalMs) {
              timers.clearTimeout(trailing);
              trailing = null;
              lastRun = timers.now();
              fn(...args); // leading run
              return;
            }
            lastArgs = args; // the latest arguments for the trailing run
            if (trailing === null) {
              trailing = timers.setTimeout(() => {
                trailing = null;
                lastRun = timers.now();
                fn(...lastArgs);
              }, intervalMs - elapsed);
            }
          };
        }
      `,
      TIMELINE_HARNESS_JS,
    ),
    typescript: program(
      TIMERS_TS,
      source`
        function debounce<A extends unknown[]>(fn: (...args: A) => void, waitMs: number, timers: Timers) {
          let timer: number | null = null;
          return (...args: A): void => {
            timers.clearTimeout(timer); // restart the quiet period
            timer = timers.setTimeout(() => {
              timer = null;
              fn(...args);
            }, waitMs);
          };
        }

        function throttle<A extends unknown[]>(fn: (...args: A) => void, intervalMs: number, timers: Timers) {
          let lastRun = -Infinity;
          let trailing: number | null = null;
          let lastArgs: A | null = null;
          return (...args: A): void => {
            const elapsed = timers.now() - lastRun;
            if (elapsed >= intervalMs) {
              timers.clearTimeout(trailing);
              trailing = null;
              lastRun = timers.now();
              fn(...args); // leading run
              return;
            }
            lastArgs = args; // the latest arguments for the trailing run
            if (trailing === null) {
              trailing = timers.setTimeout(() => {
                trailing = null;
                lastRun = timers.now();
                if (lastArgs) fn(...lastArgs);
              }, intervalMs - elapsed);
            }
          };
        }
      `,
      TIMELINE_HARNESS_TS,
    ),
    python: program(
      source`
        def debounce(fn, wait_ms: int, timers):
            timer = None

            def debounced(*args):
                nonlocal timer
                timers.clear_timeout(timer)  # restart the quiet period

                def fire():
                    nonlocal timer
                    timer = None
                    fn(*args)

                timer = timers.set_timeout(fire, wait_ms)

            return debounced


        def throttle(fn, interval_ms: int, timers):
            last_run = float("-inf")
            trailing = None
            last_args: tuple = ()

            def fire_trailing():
                nonlocal trailing, last_run
                trailing = None
                last_run = timers.now()
                fn(*last_args)

            def throttled(*args):
                nonlocal trailing, last_run, last_args
                elapsed = timers.now() - last_run
                if elapsed >= interval_ms:
                    timers.clear_timeout(trailing)
                    trailing = None
                    last_run = timers.now()
                    fn(*args)  # leading run
                    return
                last_args = args  # the latest arguments for the trailing run
                if trailing is None:
                    trailing = timers.set_timeout(fire_trailing, interval_ms - elapsed)

            return throttled
      `,
      TIMELINE_HARNESS_PY,
    ),
  },
};

const threeSum: ExecutableSpec = {
  questionId: "code-m-three-sum",
  kind: "function",
  entryPoint: entry("threeSum", "three_sum"),
  comparison: "unordered-nested",
  starterCode: {
    javascript: source`
      /**
       * Every distinct triplet of values from nums (three different positions) that sums to zero,
       * each triplet once.
       * Executable: the tests call threeSum(nums); the triplets, and the values inside a triplet, may
       * come in any order. Large inputs expect O(n^2).
       */
      function threeSum(nums) {
        // Your code here.
      }
    `,
    typescript: source`
      /**
       * Every distinct triplet of values from nums (three different positions) that sums to zero,
       * each triplet once.
       * Executable: the tests call threeSum(nums); the triplets, and the values inside a triplet, may
       * come in any order. Large inputs expect O(n^2).
       */
      function threeSum(nums: number[]): number[][] {
        // Your code here.
      }
    `,
    python: source`
      def three_sum(nums: list[int]) -> list[list[int]]:
          """Every distinct triplet of values from nums (three different positions) that sums to zero.

          Each triplet once.
          Executable: the tests call three_sum(nums); the triplets, and the values inside a triplet,
          may come in any order. Large inputs expect O(n^2).
          """
          # Your code here.
          pass
    `,
  },
  examples: [
    test(
      "two triplets",
      [[-1, 0, 1, 2, -1, -4]],
      [
        [-1, -1, 2],
        [-1, 0, 1],
      ],
    ),
  ],
  hiddenTests: [
    test("empty array", [[]], []),
    test("fewer than three numbers", [[1, -1]], []),
    test("no triplet", [[0, 1, 1]], []),
    test("three zeros", [[0, 0, 0]], [[0, 0, 0]]),
    test("four zeros give one triplet", [[0, 0, 0, 0]], [[0, 0, 0]]),
    test(
      "two triplets sharing a value",
      [[-2, 0, 1, 1, 2]],
      [
        [-2, 0, 2],
        [-2, 1, 1],
      ],
    ),
    test("duplicates reported once", [[-1, -1, 2, -1, -1, 2]], [[-1, -1, 2]]),
    test("all positive", [[3, 1, 2, 5]], []),
    test("large values", [[-1_000_000_000, 500_000_000, 500_000_000]], [[-1_000_000_000, 500_000_000, 500_000_000]]),
    test(
      "three thousand numbers",
      [range(3000).map((i) => (i % 6) - 2)],
      [
        [-2, -1, 3],
        [-2, 0, 2],
        [-2, 1, 1],
        [-1, -1, 2],
        [-1, 0, 1],
        [0, 0, 0],
      ],
    ),
  ],
  referenceSolutions: {
    javascript: source`
      function threeSum(input) {
        const nums = [...input].sort((a, b) => a - b);
        const triplets = [];
        for (let i = 0; i < nums.length - 2; i++) {
          if (nums[i] > 0) break; // the rest are positive
          if (i > 0 && nums[i] === nums[i - 1]) continue; // skip duplicate fixed values
          let left = i + 1;
          let right = nums.length - 1;
          while (left < right) {
            const sum = nums[i] + nums[left] + nums[right];
            if (sum < 0) left++;
            else if (sum > 0) right--;
            else {
              triplets.push([nums[i], nums[left], nums[right]]);
              left++;
              right--;
              while (left < right && nums[left] === nums[left - 1]) left++; // skip duplicate second values
            }
          }
        }
        return triplets;
      }
    `,
    typescript: source`
      function threeSum(input: number[]): number[][] {
        const nums = [...input].sort((a, b) => a - b);
        const triplets: number[][] = [];
        for (let i = 0; i < nums.length - 2; i++) {
          if (nums[i] > 0) break; // the rest are positive
          if (i > 0 && nums[i] === nums[i - 1]) continue; // skip duplicate fixed values
          let left = i + 1;
          let right = nums.length - 1;
          while (left < right) {
            const sum = nums[i] + nums[left] + nums[right];
            if (sum < 0) left++;
            else if (sum > 0) right--;
            else {
              triplets.push([nums[i], nums[left], nums[right]]);
              left++;
              right--;
              while (left < right && nums[left] === nums[left - 1]) left++; // skip duplicate second values
            }
          }
        }
        return triplets;
      }
    `,
    python: source`
      def three_sum(nums: list[int]) -> list[list[int]]:
          nums = sorted(nums)
          triplets: list[list[int]] = []
          for i in range(len(nums) - 2):
              if nums[i] > 0:
                  break  # the rest are positive
              if i > 0 and nums[i] == nums[i - 1]:
                  continue  # skip duplicate fixed values
              left, right = i + 1, len(nums) - 1
              while left < right:
                  total = nums[i] + nums[left] + nums[right]
                  if total < 0:
                      left += 1
                  elif total > 0:
                      right -= 1
                  else:
                      triplets.append([nums[i], nums[left], nums[right]])
                      left += 1
                      right -= 1
                      while left < right and nums[left] == nums[left - 1]:
                          left += 1  # skip duplicate second values
          return triplets
    `,
  },
};

// Listeners are functions, which tests (JSON) cannot carry: the harness makes one listener per name
// and plays a script of on/once/off/emit steps, recording what the listeners see.
const EMITTER_HARNESS_JS = source`
  // Test harness, keep it. Executable: the tests call runEmitterScript(steps) with steps like
  // ["on", event, name], ["once", event, name], ["off", event, name], ["unsubscribe", name] (calls the
  // function on/once returned for that name) and ["emit", event, arg]. There is one listener function
  // per name; it logs [name, arg] when called. Names starting with "boom" then throw; "add:x" then
  // subscribes listener x to the event being emitted; "remove:x" then unsubscribes x from it. Errors
  // reported to onError are logged as ["error", event]. The result is the log.
  function runEmitterScript(steps) {
    const log = [];
    const emitter = new Emitter((error, event) => log.push(["error", event]));
    const listeners = new Map();
    const unsubscribers = new Map();
    let emitting = null;
    const listener = (name) => {
      if (!listeners.has(name)) {
        listeners.set(name, (arg) => {
          log.push([name, arg]);
          if (name.startsWith("boom")) throw new Error(name + " failed");
          if (name.startsWith("add:")) emitter.on(emitting, listener(name.slice(4)));
          if (name.startsWith("remove:")) emitter.off(emitting, listener(name.slice(7)));
        });
      }
      return listeners.get(name);
    };
    for (const [op, first, second] of steps) {
      if (op === "on") unsubscribers.set(second, emitter.on(first, listener(second)));
      else if (op === "once") unsubscribers.set(second, emitter.once(first, listener(second)));
      else if (op === "off") emitter.off(first, listener(second));
      else if (op === "unsubscribe") unsubscribers.get(first)();
      else if (op === "emit") {
        emitting = first;
        emitter.emit(first, second);
      }
    }
    return log;
  }
`;

const EMITTER_HARNESS_TS = source`
  // Test harness, keep it. Executable: the tests call runEmitterScript(steps) with steps like
  // ["on", event, name], ["once", event, name], ["off", event, name], ["unsubscribe", name] (calls the
  // function on/once returned for that name) and ["emit", event, arg]. There is one listener function
  // per name; it logs [name, arg] when called. Names starting with "boom" then throw; "add:x" then
  // subscribes listener x to the event being emitted; "remove:x" then unsubscribes x from it. Errors
  // reported to onError are logged as ["error", event]. The result is the log.
  function runEmitterScript(steps: Array<[string, string, unknown?]>): unknown[][] {
    const log: unknown[][] = [];
    const emitter = new Emitter((_error, event) => log.push(["error", event]));
    const listeners = new Map<string, Listener>();
    const unsubscribers = new Map<string, () => void>();
    let emitting = "";
    const listener = (name: string): Listener => {
      let fn = listeners.get(name);
      if (!fn) {
        fn = (arg) => {
          log.push([name, arg]);
          if (name.startsWith("boom")) throw new Error(name + " failed");
          if (name.startsWith("add:")) emitter.on(emitting, listener(name.slice(4)));
          if (name.startsWith("remove:")) emitter.off(emitting, listener(name.slice(7)));
        };
        listeners.set(name, fn);
      }
      return fn;
    };
    for (const [op, first, second] of steps) {
      if (op === "on") unsubscribers.set(String(second), emitter.on(first, listener(String(second))));
      else if (op === "once") unsubscribers.set(String(second), emitter.once(first, listener(String(second))));
      else if (op === "off") emitter.off(first, listener(String(second)));
      else if (op === "unsubscribe") unsubscribers.get(first)?.();
      else if (op === "emit") {
        emitting = first;
        emitter.emit(first, second);
      }
    }
    return log;
  }
`;

const EMITTER_HARNESS_PY = source`
  # Test harness, keep it. Executable: the tests call run_emitter_script(steps) with steps like
  # ["on", event, name], ["once", event, name], ["off", event, name], ["unsubscribe", name] (calls the
  # function on/once returned for that name) and ["emit", event, arg]. There is one listener function
  # per name; it logs [name, arg] when called. Names starting with "boom" then raise; "add:x" then
  # subscribes listener x to the event being emitted; "remove:x" then unsubscribes x from it. Errors
  # reported to on_error are logged as ["error", event]. The result is the log.
  def run_emitter_script(steps: list) -> list:
      log: list = []
      emitter = Emitter(lambda error, event: log.append(["error", event]))
      listeners: dict = {}
      unsubscribers: dict = {}
      emitting = [None]

      def listener(name: str):
          if name not in listeners:

              def fn(arg):
                  log.append([name, arg])
                  if name.startswith("boom"):
                      raise RuntimeError(name + " failed")
                  if name.startswith("add:"):
                      emitter.on(emitting[0], listener(name[4:]))
                  if name.startswith("remove:"):
                      emitter.off(emitting[0], listener(name[7:]))

              listeners[name] = fn
          return listeners[name]

      for step in steps:
          op, first = step[0], step[1]
          second = step[2] if len(step) > 2 else None
          if op == "on":
              unsubscribers[second] = emitter.on(first, listener(second))
          elif op == "once":
              unsubscribers[second] = emitter.once(first, listener(second))
          elif op == "off":
              emitter.off(first, listener(second))
          elif op == "unsubscribe":
              unsubscribers[first]()
          elif op == "emit":
              emitting[0] = first
              emitter.emit(first, second)
      return log
`;

const EMITTER_DOC_JS = source`
  /**
   * An event emitter.
   * - on(event, listener) subscribes and returns a function that unsubscribes; subscribing the same
   *   listener twice to one event has no effect.
   * - once(event, listener) subscribes for one call only, and also returns an unsubscribe function.
   * - off(event, listener) unsubscribes (an unknown listener is ignored).
   * - emit(event, ...args) calls the event's listeners synchronously in subscription order. Listeners
   *   added or removed during an emit do not change who is called by that emit. A listener that
   *   throws is reported to onError(error, event) and the others still run.
   */
`;

const eventEmitter: ExecutableSpec = {
  questionId: "code-m-event-emitter",
  kind: "function",
  entryPoint: entry("runEmitterScript", "run_emitter_script"),
  comparison: "exact",
  starterCode: {
    javascript: program(
      EMITTER_DOC_JS,
      source`
        class Emitter {
          constructor(onError) {
            // Your code here.
          }

          on(event, listener) {
            // Your code here.
          }

          off(event, listener) {
            // Your code here.
          }

          once(event, listener) {
            // Your code here.
          }

          emit(event, ...args) {
            // Your code here.
          }
        }
      `,
      EMITTER_HARNESS_JS,
    ),
    typescript: program(
      source`
        type Listener = (...args: unknown[]) => void;
      `,
      EMITTER_DOC_JS,
      source`
        class Emitter {
          constructor(onError: (error: unknown, event: string) => void) {
            // Your code here.
          }

          on(event: string, listener: Listener): () => void {
            // Your code here.
          }

          off(event: string, listener: Listener): void {
            // Your code here.
          }

          once(event: string, listener: Listener): () => void {
            // Your code here.
          }

          emit(event: string, ...args: unknown[]): void {
            // Your code here.
          }
        }
      `,
      EMITTER_HARNESS_TS,
    ),
    python: program(
      source`
        class Emitter:
            """An event emitter.

            - on(event, listener) subscribes and returns a function that unsubscribes; subscribing the
              same listener twice to one event has no effect.
            - once(event, listener) subscribes for one call only, and also returns an unsubscribe function.
            - off(event, listener) unsubscribes (an unknown listener is ignored).
            - emit(event, *args) calls the event's listeners synchronously in subscription order.
              Listeners added or removed during an emit do not change who is called by that emit. A
              listener that raises is reported to on_error(error, event) and the others still run.
            """

            def __init__(self, on_error):
                # Your code here.
                pass

            def on(self, event: str, listener):
                # Your code here.
                pass

            def off(self, event: str, listener) -> None:
                # Your code here.
                pass

            def once(self, event: str, listener):
                # Your code here.
                pass

            def emit(self, event: str, *args) -> None:
                # Your code here.
                pass
      `,
      EMITTER_HARNESS_PY,
    ),
  },
  examples: [
    test(
      "listeners run in subscription order",
      [
        [
          ["on", "greet", "a"],
          ["on", "greet", "b"],
          ["emit", "greet", "hi"],
        ],
      ],
      [
        ["a", "hi"],
        ["b", "hi"],
      ],
    ),
    test(
      "once runs once",
      [
        [
          ["once", "x", "a"],
          ["emit", "x", 1],
          ["emit", "x", 2],
        ],
      ],
      [["a", 1]],
    ),
  ],
  hiddenTests: [
    test(
      "off removes a listener",
      [
        [
          ["on", "e", "a"],
          ["on", "e", "b"],
          ["off", "e", "a"],
          ["emit", "e", 1],
        ],
      ],
      [["b", 1]],
    ),
    test(
      "the returned function unsubscribes",
      [
        [
          ["on", "e", "a"],
          ["unsubscribe", "a"],
          ["emit", "e", 1],
        ],
      ],
      [],
    ),
    test("emit without listeners", [[["emit", "nothing", 1]]], []),
    test(
      "a throwing listener does not stop the others",
      [
        [
          ["on", "e", "boom"],
          ["on", "e", "b"],
          ["emit", "e", 1],
        ],
      ],
      [
        ["boom", 1],
        ["error", "e"],
        ["b", 1],
      ],
    ),
    test(
      "a listener added during emit waits for the next emit",
      [
        [
          ["on", "e", "add:z"],
          ["emit", "e", 1],
          ["emit", "e", 2],
        ],
      ],
      [
        ["add:z", 1],
        ["add:z", 2],
        ["z", 2],
      ],
    ),
    test(
      "a listener removed during emit still runs in that emit",
      [
        [
          ["on", "e", "remove:b"],
          ["on", "e", "b"],
          ["emit", "e", 1],
          ["emit", "e", 2],
        ],
      ],
      [
        ["remove:b", 1],
        ["b", 1],
        ["remove:b", 2],
      ],
    ),
    test(
      "events are separate",
      [
        [
          ["on", "a", "x"],
          ["on", "b", "y"],
          ["emit", "b", 1],
        ],
      ],
      [["y", 1]],
    ),
    test(
      "the same listener twice runs once",
      [
        [
          ["on", "e", "a"],
          ["on", "e", "a"],
          ["emit", "e", 1],
        ],
      ],
      [["a", 1]],
    ),
    test(
      "a once listener unsubscribed before the emit",
      [
        [
          ["once", "e", "a"],
          ["unsubscribe", "a"],
          ["emit", "e", 1],
        ],
      ],
      [],
    ),
    test(
      "once among other listeners",
      [
        [
          ["on", "e", "a"],
          ["once", "e", "b"],
          ["on", "e", "c"],
          ["emit", "e", 1],
          ["emit", "e", 2],
        ],
      ],
      [
        ["a", 1],
        ["b", 1],
        ["c", 1],
        ["a", 2],
        ["c", 2],
      ],
    ),
    test(
      "off of an unknown listener is harmless",
      [
        [
          ["off", "e", "ghost"],
          ["on", "e", "a"],
          ["emit", "e", 1],
        ],
      ],
      [["a", 1]],
    ),
    test(
      "subscribing again after off goes last",
      [
        [
          ["on", "e", "a"],
          ["on", "e", "b"],
          ["off", "e", "a"],
          ["on", "e", "a"],
          ["emit", "e", 1],
        ],
      ],
      [
        ["b", 1],
        ["a", 1],
      ],
    ),
    test(
      "a once listener that throws is still removed",
      [
        [
          ["once", "e", "boom"],
          ["emit", "e", 1],
          ["emit", "e", 2],
        ],
      ],
      [
        ["boom", 1],
        ["error", "e"],
      ],
    ),
  ],
  referenceSolutions: {
    javascript: program(
      source`
        class Emitter {
          constructor(onError) {
            this.onError = onError;
            this.listeners = new Map(); // event -> Set of listeners, in subscription order
          }

          on(event, listener) {
            let set = this.listeners.get(event);
            if (!set) {
              set = new Set();
              this.listeners.set(event, set);
            }
            set.add(listener);
            return () => this.off(event, listener);
          }

          off(event, listener) {
            const set = this.listeners.get(event);
            if (!set) return;
            set.delete(listener);
            if (set.size === 0) this.listeners.delete(event); // no empty sets left behind
          }

          once(event, listener) {
            const wrapper = (...args) => {
              this.off(event, wrapper); // remove before calling, so a re-entrant emit cannot run it twice
              listener(...args);
            };
            return this.on(event, wrapper);
          }

          emit(event, ...args) {
            for (const listener of [...(this.listeners.get(event) || [])]) {
              // a snapshot: subscriptions changed by a listener apply from the next emit
              try {
                listener(...args);
              } catch (error) {
                this.onError(error, event);
              }
            }
          }
        }
      `,
      EMITTER_HARNESS_JS,
    ),
    typescript: program(
      source`
        type Listener = (...args: unknown[]) => void;

        class Emitter {
          private readonly onError: (error: unknown, event: string) => void;
          private readonly listeners = new Map<string, Set<Listener>>(); // in subscription order

          constructor(onError: (error: unknown, event: string) => void) {
            this.onError = onError;
          }

          on(event: string, listener: Listener): () => void {
            let set = this.listeners.get(event);
            if (!set) {
              set = new Set();
              this.listeners.set(event, set);
            }
            set.add(listener);
            return () => this.off(event, listener);
          }

          off(event: string, listener: Listener): void {
            const set = this.listeners.get(event);
            if (!set) return;
            set.delete(listener);
            if (set.size === 0) this.listeners.delete(event); // no empty sets left behind
          }

          once(event: string, listener: Listener): () => void {
            const wrapper: Listener = (...args) => {
              this.off(event, wrapper); // remove before calling, so a re-entrant emit cannot run it twice
              listener(...args);
            };
            return this.on(event, wrapper);
          }

          emit(event: string, ...args: unknown[]): void {
            for (const listener of [...(this.listeners.get(event) ?? [])]) {
              // a snapshot: subscriptions changed by a listener apply from the next emit
              try {
                listener(...args);
              } catch (error) {
                this.onError(error, event);
              }
            }
          }
        }
      `,
      EMITTER_HARNESS_TS,
    ),
    python: program(
      source`
        class Emitter:
            def __init__(self, on_error):
                self.on_error = on_error
                self.listeners: dict[str, dict] = {}  # event -> {listener: None}, in subscription order

            def on(self, event: str, listener):
                self.listeners.setdefault(event, {})[listener] = None
                return lambda: self.off(event, listener)

            def off(self, event: str, listener) -> None:
                subscribed = self.listeners.get(event)
                if subscribed is None:
                    return
                subscribed.pop(listener, None)
                if not subscribed:
                    del self.listeners[event]  # no empty dicts left behind

            def once(self, event: str, listener):
                def wrapper(*args):
                    self.off(event, wrapper)  # remove before calling, so a re-entrant emit cannot run it twice
                    listener(*args)

                return self.on(event, wrapper)

            def emit(self, event: str, *args) -> None:
                for listener in list(self.listeners.get(event, {})):
                    # a snapshot: subscriptions changed by a listener apply from the next emit
                    try:
                        listener(*args)
                    except Exception as error:
                        self.on_error(error, event)
      `,
      EMITTER_HARNESS_PY,
    ),
  },
};

const longestUniqueSubstring: ExecutableSpec = {
  questionId: "code-m-longest-unique-substring",
  kind: "function",
  entryPoint: entry("longestUniqueSubstring", "longest_unique_substring"),
  comparison: "exact",
  starterCode: {
    javascript: source`
      /**
       * The length of the longest substring of s without a repeated character.
       * Executable: the tests call longestUniqueSubstring(s) with ASCII strings; large inputs expect O(n).
       */
      function longestUniqueSubstring(s) {
        // Your code here.
      }
    `,
    typescript: source`
      /**
       * The length of the longest substring of s without a repeated character.
       * Executable: the tests call longestUniqueSubstring(s) with ASCII strings; large inputs expect O(n).
       */
      function longestUniqueSubstring(s: string): number {
        // Your code here.
      }
    `,
    python: source`
      def longest_unique_substring(s: str) -> int:
          """The length of the longest substring of s without a repeated character.

          Executable: the tests call longest_unique_substring(s) with ASCII strings; large inputs
          expect O(n).
          """
          # Your code here.
          pass
    `,
  },
  examples: [test("abcabcbb", ["abcabcbb"], 3), test("one repeated letter", ["bbbbb"], 1)],
  hiddenTests: [
    test("empty string", [""], 0),
    test("single character", ["a"], 1),
    test("pwwkew", ["pwwkew"], 3),
    test("the window never moves back", ["abba"], 2),
    test("dvdf", ["dvdf"], 3),
    test("tmmzuxt", ["tmmzuxt"], 5),
    test("a space", [" "], 1),
    test("all distinct", ["abcdef"], 6),
    test("digits and punctuation", ["a1!a1!b"], 4),
    test("long repetition of the alphabet", ["abcdefghijklmnopqrstuvwxyz".repeat(400)], 26),
  ],
  referenceSolutions: {
    javascript: source`
      function longestUniqueSubstring(s) {
        const lastSeen = new Map(); // char -> last index
        let left = 0;
        let best = 0;
        for (let right = 0; right < s.length; right++) {
          const prev = lastSeen.get(s[right]);
          if (prev !== undefined && prev >= left) left = prev + 1; // jump past the previous occurrence
          lastSeen.set(s[right], right);
          best = Math.max(best, right - left + 1);
        }
        return best;
      }
    `,
    typescript: source`
      function longestUniqueSubstring(s: string): number {
        const lastSeen = new Map<string, number>(); // char -> last index
        let left = 0;
        let best = 0;
        for (let right = 0; right < s.length; right++) {
          const prev = lastSeen.get(s[right]);
          if (prev !== undefined && prev >= left) left = prev + 1; // jump past the previous occurrence
          lastSeen.set(s[right], right);
          best = Math.max(best, right - left + 1);
        }
        return best;
      }
    `,
    python: source`
      def longest_unique_substring(s: str) -> int:
          last_seen: dict[str, int] = {}  # char -> last index
          left = best = 0
          for right, ch in enumerate(s):
              prev = last_seen.get(ch)
              if prev is not None and prev >= left:
                  left = prev + 1  # jump past the previous occurrence
              last_seen[ch] = right
              best = max(best, right - left + 1)
          return best
    `,
  },
};

// ---------------------------------------------------------------------------------------------- senior

// The ring's hash is part of the contract (the tests expect exact servers), so the starter code gives
// it: FNV-1a over the UTF-16 code units, then murmur3's finalizer so nearby names spread out.
const HASH32_JS = source`
  // The ring's hash function, keep it: the tests expect the positions it gives.
  function hash32(text) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= hash >>> 16;
    hash = Math.imul(hash, 0x85ebca6b);
    hash ^= hash >>> 13;
    hash = Math.imul(hash, 0xc2b2ae35);
    hash ^= hash >>> 16;
    return hash >>> 0;
  }
`;

const HASH32_TS = source`
  // The ring's hash function, keep it: the tests expect the positions it gives.
  function hash32(text: string): number {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= hash >>> 16;
    hash = Math.imul(hash, 0x85ebca6b);
    hash ^= hash >>> 13;
    hash = Math.imul(hash, 0xc2b2ae35);
    hash ^= hash >>> 16;
    return hash >>> 0;
  }
`;

const HASH32_PY = source`
  # The ring's hash function, keep it: the tests expect the positions it gives.
  def hash32(text: str) -> int:
      h = 0x811C9DC5
      for ch in text:
          h ^= ord(ch)
          h = (h * 0x01000193) & 0xFFFFFFFF
      h ^= h >> 16
      h = (h * 0x85EBCA6B) & 0xFFFFFFFF
      h ^= h >> 13
      h = (h * 0xC2B2AE35) & 0xFFFFFFFF
      h ^= h >> 16
      return h
`;

const RING_DOC = `
  A consistent-hash ring with vnodes virtual nodes per server.
  - add(server): server gets the ring positions hash32(server + "#" + i) for i = 0 .. vnodes - 1;
    adding a server twice changes nothing.
  - remove(server): takes its positions off the ring; an unknown server is ignored.
  - lookup(key): the server of the first position at or after hash32(key), wrapping past the last
    position to the first; equal positions are ordered by server name. null when the ring is empty.
`;

const lookups = (keys: string[]): Call[] => keys.map((key): Call => ["lookup", key]);
const keyNames = (count: number, prefix = "k"): string[] => range(count).map((i) => `${prefix}${i}`);
const servers = (names: string): string[] => names.split(" ");

const consistentHashing: ExecutableSpec = {
  questionId: "code-s-consistent-hashing",
  kind: "class",
  entryPoint: entry("HashRing", "HashRing"),
  comparison: "exact",
  starterCode: {
    javascript: program(
      HASH32_JS,
      source`
        /**${RING_DOC.replaceAll("\n  ", "\n         * ").trimEnd()}
         * Executable: the tests construct new HashRing(vnodes) and call add(server), remove(server)
         * (both return nothing) and lookup(key).
         */
        class HashRing {
          constructor(vnodes) {
            // Your code here.
          }

          add(server) {
            // Your code here.
          }

          remove(server) {
            // Your code here.
          }

          lookup(key) {
            // Your code here.
          }
        }
      `,
    ),
    typescript: program(
      HASH32_TS,
      source`
        /**${RING_DOC.replaceAll("\n  ", "\n         * ").trimEnd()}
         * Executable: the tests construct new HashRing(vnodes) and call add(server), remove(server)
         * (both return nothing) and lookup(key).
         */
        class HashRing {
          constructor(vnodes: number) {
            // Your code here.
          }

          add(server: string): void {
            // Your code here.
          }

          remove(server: string): void {
            // Your code here.
          }

          lookup(key: string): string | null {
            // Your code here.
          }
        }
      `,
    ),
    python: program(
      HASH32_PY,
      source`
        class HashRing:
            """${RING_DOC.replaceAll("\n  ", "\n            ").replace("null when", "None when").replace("per server.", "per server.\n").trim()}

            Executable: the tests construct HashRing(vnodes) and call add(server), remove(server) (both
            return nothing) and lookup(key).
            """

            def __init__(self, vnodes: int):
                # Your code here.
                pass

            def add(self, server: str) -> None:
                # Your code here.
                pass

            def remove(self, server: str) -> None:
                # Your code here.
                pass

            def lookup(self, key: str) -> str | None:
                # Your code here.
                pass
      `,
    ),
  },
  examples: [
    calls(
      "keys spread over two servers",
      [["new", 3], ["add", "alpha"], ["add", "beta"], ...lookups(["user:1", "user:2", "user:3", "user:4"])],
      [null, null, null, "beta", "alpha", "beta", "beta"],
    ),
  ],
  hiddenTests: [
    calls(
      "an empty ring",
      [
        ["new", 10],
        ["lookup", "x"],
      ],
      [null, null],
    ),
    calls(
      "a single server owns every key",
      [["new", 10], ["add", "only"], ...lookups(["a", "b", "c"])],
      [null, null, "only", "only", "only"],
    ),
    calls(
      "removing the only server empties the ring",
      [
        ["new", 10],
        ["add", "s"],
        ["remove", "s"],
        ["lookup", "k"],
      ],
      [null, null, null, null],
    ),
    calls(
      "one virtual node each",
      [
        ["new", 1],
        ["add", "s1"],
        ["add", "s2"],
        ["lookup", "x"],
      ],
      [null, null, null, "s1"],
    ),
    calls(
      "adding a server twice changes nothing",
      [["new", 5], ["add", "a"], ["add", "a"], ["add", "b"], ...lookups(keyNames(10))],
      [null, null, null, null, ...servers("b b b a a b b a b b")],
    ),
    calls(
      "removing an unknown server changes nothing",
      [
        ["new", 10],
        ["add", "a"],
        ["remove", "zzz"],
        ["lookup", "k"],
      ],
      [null, null, null, "a"],
    ),
    calls(
      "removing a server moves only its keys",
      [
        ["new", 50],
        ["add", "a"],
        ["add", "b"],
        ["add", "c"],
        ...lookups(keyNames(20)),
        ["remove", "b"],
        ...lookups(keyNames(20)),
      ],
      [
        null,
        null,
        null,
        null,
        ...servers("b b a a a a a a a c a a c a a b a a a b"),
        null,
        ...servers("c c a a a a a a a c a a c a a c a a a c"),
      ],
    ),
    calls(
      "adding a server moves keys only to it",
      [["new", 50], ["add", "a"], ["add", "b"], ...lookups(keyNames(20)), ["add", "c"], ...lookups(keyNames(20))],
      [
        null,
        null,
        null,
        ...servers("b b a a a a a a a b a a b a a b a a a b"),
        null,
        ...servers("b b a a a a a a a c a a c a a b a a a b"),
      ],
    ),
    calls(
      "two hundred keys over four servers",
      [["new", 100], ["add", "s1"], ["add", "s2"], ["add", "s3"], ["add", "s4"], ...lookups(keyNames(200, "user:"))],
      [
        null,
        null,
        null,
        null,
        null,
        ...servers(
          "s2 s4 s3 s1 s3 s3 s2 s2 s3 s3 s4 s2 s1 s3 s2 s1 s4 s3 s3 s1 s3 s1 s3 s3 s3 s3 s1 s2 s2 s1 s3 s4 s4 s4 s4 s1 s1 s3 s4 s3 " +
            "s4 s1 s4 s4 s4 s4 s3 s1 s2 s2 s1 s4 s3 s3 s2 s4 s2 s3 s3 s2 s2 s4 s3 s3 s2 s4 s2 s3 s3 s2 s2 s2 s4 s1 s4 s4 s3 s2 s4 s4 " +
            "s3 s1 s2 s1 s4 s1 s4 s4 s4 s4 s2 s2 s2 s1 s2 s4 s4 s1 s4 s2 s4 s2 s3 s4 s2 s4 s3 s2 s1 s3 s4 s3 s2 s4 s3 s1 s4 s2 s4 s2 " +
            "s4 s1 s4 s2 s1 s1 s1 s2 s3 s2 s2 s4 s2 s4 s2 s1 s4 s3 s2 s3 s2 s1 s3 s3 s2 s4 s3 s4 s2 s4 s4 s2 s3 s2 s1 s4 s2 s2 s3 s2 " +
            "s2 s3 s1 s1 s3 s2 s1 s4 s2 s2 s1 s1 s1 s4 s4 s4 s3 s3 s4 s4 s3 s3 s1 s2 s3 s1 s3 s4 s3 s4 s4 s3 s1 s2 s4 s1 s3 s2 s1 s4",
        ),
      ],
    ),
  ],
  referenceSolutions: {
    javascript: program(
      HASH32_JS,
      source`
        class HashRing {
          constructor(vnodes) {
            this.vnodes = vnodes;
            this.ring = []; // { position, server }, sorted by position then server
            this.servers = new Set();
          }

          add(server) {
            if (this.servers.has(server)) return; // adding twice changes nothing
            this.servers.add(server);
            for (let i = 0; i < this.vnodes; i++) this.ring.push({ position: hash32(server + "#" + i), server });
            this.ring.sort(
              (a, b) => a.position - b.position || (a.server < b.server ? -1 : a.server > b.server ? 1 : 0),
            );
          }

          remove(server) {
            if (!this.servers.delete(server)) return;
            this.ring = this.ring.filter((point) => point.server !== server);
          }

          lookup(key) {
            if (this.ring.length === 0) return null;
            const h = hash32(key);
            let lo = 0;
            let hi = this.ring.length;
            while (lo < hi) {
              // first position at or after h
              const mid = (lo + hi) >>> 1;
              if (this.ring[mid].position < h) lo = mid + 1;
              else hi = mid;
            }
            return this.ring[lo % this.ring.length].server; // wrap around past the last position
          }
        }
      `,
    ),
    typescript: program(
      HASH32_TS,
      source`
        interface Point {
          position: number;
          server: string;
        }

        class HashRing {
          private readonly vnodes: number;
          private ring: Point[] = []; // sorted by position then server
          private readonly servers = new Set<string>();

          constructor(vnodes: number) {
            this.vnodes = vnodes;
          }

          add(server: string): void {
            if (this.servers.has(server)) return; // adding twice changes nothing
            this.servers.add(server);
            for (let i = 0; i < this.vnodes; i++) this.ring.push({ position: hash32(server + "#" + i), server });
            this.ring.sort(
              (a, b) => a.position - b.position || (a.server < b.server ? -1 : a.server > b.server ? 1 : 0),
            );
          }

          remove(server: string): void {
            if (!this.servers.delete(server)) return;
            this.ring = this.ring.filter((point) => point.server !== server);
          }

          lookup(key: string): string | null {
            if (this.ring.length === 0) return null;
            const h = hash32(key);
            let lo = 0;
            let hi = this.ring.length;
            while (lo < hi) {
              // first position at or after h
              const mid = (lo + hi) >>> 1;
              if (this.ring[mid].position < h) lo = mid + 1;
              else hi = mid;
            }
            return this.ring[lo % this.ring.length].server; // wrap around past the last position
          }
        }
      `,
    ),
    python: program(
      HASH32_PY,
      source`
        import bisect


        class HashRing:
            def __init__(self, vnodes: int):
                self.vnodes = vnodes
                self.ring: list[tuple[int, str]] = []  # (position, server), sorted
                self.servers: set[str] = set()

            def add(self, server: str) -> None:
                if server in self.servers:
                    return  # adding twice changes nothing
                self.servers.add(server)
                for i in range(self.vnodes):
                    bisect.insort(self.ring, (hash32(f"{server}#{i}"), server))

            def remove(self, server: str) -> None:
                if server not in self.servers:
                    return
                self.servers.remove(server)
                self.ring = [point for point in self.ring if point[1] != server]

            def lookup(self, key: str) -> str | None:
                if not self.ring:
                    return None
                i = bisect.bisect_left(self.ring, (hash32(key), ""))  # first position at or after the hash
                return self.ring[i % len(self.ring)][1]  # wrap around past the last position
      `,
    ),
  },
};

const loadingCache: ExecutableSpec = {
  questionId: "code-s-lru-ttl-concurrency",
  kind: "class",
  entryPoint: entry("LoadingCache", "LoadingCache"),
  comparison: "exact",
  starterCode: {
    javascript: source`
      /**
       * A cache with a TTL, LRU eviction and single-flight loading, driven by explicit events:
       * - get(key, nowMs): a value stored less than ttlMs ago is a hit, { status: "hit", value }, and
       *   becomes the most recently used. Otherwise, when a load of the key is in flight, the caller
       *   joins it: { status: "wait" }. Otherwise this caller starts the one load: { status: "load" }.
       * - complete(key, value, nowMs): the load finished; store the value (it expires at
       *   nowMs + ttlMs) as the most recently used, evict the least recently used entries beyond
       *   maxSize, and return how many callers the load serves (the loader plus the waiters); 0 when no
       *   load of the key is in flight.
       * - fail(key): the load failed; nothing is cached, so the next get starts a new load. Returns how
       *   many callers get the error; 0 when no load of the key is in flight.
       * Executable: the tests construct new LoadingCache(ttlMs, maxSize) and drive it with these calls;
       * the real cache returns one shared promise per load, here complete/fail stand for it settling.
       */
      class LoadingCache {
        constructor(ttlMs, maxSize) {
          // Your code here.
        }

        get(key, nowMs) {
          // Your code here.
        }

        complete(key, value, nowMs) {
          // Your code here.
        }

        fail(key) {
          // Your code here.
        }
      }
    `,
    typescript: source`
      type Lookup<V> = { status: "hit"; value: V } | { status: "wait" } | { status: "load" };

      /**
       * A cache with a TTL, LRU eviction and single-flight loading, driven by explicit events:
       * - get(key, nowMs): a value stored less than ttlMs ago is a hit, { status: "hit", value }, and
       *   becomes the most recently used. Otherwise, when a load of the key is in flight, the caller
       *   joins it: { status: "wait" }. Otherwise this caller starts the one load: { status: "load" }.
       * - complete(key, value, nowMs): the load finished; store the value (it expires at
       *   nowMs + ttlMs) as the most recently used, evict the least recently used entries beyond
       *   maxSize, and return how many callers the load serves (the loader plus the waiters); 0 when no
       *   load of the key is in flight.
       * - fail(key): the load failed; nothing is cached, so the next get starts a new load. Returns how
       *   many callers get the error; 0 when no load of the key is in flight.
       * Executable: the tests construct new LoadingCache(ttlMs, maxSize) and drive it with these calls;
       * the real cache returns one shared promise per load, here complete/fail stand for it settling.
       */
      class LoadingCache<V> {
        constructor(ttlMs: number, maxSize: number) {
          // Your code here.
        }

        get(key: string, nowMs: number): Lookup<V> {
          // Your code here.
        }

        complete(key: string, value: V, nowMs: number): number {
          // Your code here.
        }

        fail(key: string): number {
          // Your code here.
        }
      }
    `,
    python: source`
      class LoadingCache:
          """A cache with a TTL, LRU eviction and single-flight loading, driven by explicit events.

          - get(key, now_ms): a value stored less than ttl_ms ago is a hit, {"status": "hit", "value": v},
            and becomes the most recently used. Otherwise, when a load of the key is in flight, the
            caller joins it: {"status": "wait"}. Otherwise this caller starts the one load:
            {"status": "load"}.
          - complete(key, value, now_ms): the load finished; store the value (it expires at
            now_ms + ttl_ms) as the most recently used, evict the least recently used entries beyond
            max_size, and return how many callers the load serves (the loader plus the waiters); 0 when
            no load of the key is in flight.
          - fail(key): the load failed; nothing is cached, so the next get starts a new load. Returns
            how many callers get the error; 0 when no load of the key is in flight.
          Executable: the tests construct LoadingCache(ttl_ms, max_size) and drive it with these calls;
          the real cache shares one future per load, here complete/fail stand for it settling.
          """

          def __init__(self, ttl_ms: int, max_size: int):
              # Your code here.
              pass

          def get(self, key: str, now_ms: int) -> dict:
              # Your code here.
              pass

          def complete(self, key: str, value, now_ms: int) -> int:
              # Your code here.
              pass

          def fail(self, key: str) -> int:
              # Your code here.
              pass
    `,
  },
  examples: [
    calls(
      "concurrent misses share one load, which expires after the TTL",
      [
        ["new", 1000, 10],
        ["get", "a", 0],
        ["get", "a", 10],
        ["complete", "a", "A", 20],
        ["get", "a", 30],
        ["get", "a", 1019],
        ["get", "a", 1020],
      ],
      [
        null,
        { status: "load" },
        { status: "wait" },
        2,
        { status: "hit", value: "A" },
        { status: "hit", value: "A" },
        { status: "load" },
      ],
    ),
  ],
  hiddenTests: [
    calls(
      "a failed load is not cached",
      [
        ["new", 1000, 10],
        ["get", "a", 0],
        ["get", "a", 1],
        ["fail", "a"],
        ["get", "a", 2],
      ],
      [null, { status: "load" }, { status: "wait" }, 2, { status: "load" }],
    ),
    calls(
      "keys load independently",
      [
        ["new", 1000, 10],
        ["get", "a", 0],
        ["get", "b", 0],
        ["complete", "b", "B", 5],
        ["get", "b", 6],
        ["get", "a", 7],
      ],
      [null, { status: "load" }, { status: "load" }, 1, { status: "hit", value: "B" }, { status: "wait" }],
    ),
    calls(
      "the least recently used entry is evicted",
      [
        ["new", 10_000, 2],
        ["get", "a", 0],
        ["complete", "a", "A", 0],
        ["get", "b", 0],
        ["complete", "b", "B", 0],
        ["get", "a", 1],
        ["get", "c", 2],
        ["complete", "c", "C", 2],
        ["get", "b", 3],
        ["get", "a", 4],
        ["get", "c", 5],
      ],
      [
        null,
        { status: "load" },
        1,
        { status: "load" },
        1,
        { status: "hit", value: "A" },
        { status: "load" },
        1,
        { status: "load" },
        { status: "hit", value: "A" },
        { status: "hit", value: "C" },
      ],
    ),
    calls(
      "complete without a load in flight",
      [
        ["new", 100, 5],
        ["complete", "x", "X", 0],
        ["get", "x", 1],
      ],
      [null, 0, { status: "load" }],
    ),
    calls(
      "fail without a load in flight",
      [
        ["new", 100, 5],
        ["fail", "x"],
      ],
      [null, 0],
    ),
    calls(
      "five concurrent misses, one load",
      [
        ["new", 1000, 10],
        ...range(5).map((i): Call => ["get", "hot", i]),
        ["complete", "hot", 42, 5],
        ["get", "hot", 6],
      ],
      [null, { status: "load" }, ...range(4).map(() => ({ status: "wait" })), 5, { status: "hit", value: 42 }],
    ),
    calls(
      "a TTL of zero never hits",
      [
        ["new", 0, 5],
        ["get", "a", 0],
        ["complete", "a", "A", 10],
        ["get", "a", 10],
      ],
      [null, { status: "load" }, 1, { status: "load" }],
    ),
    calls(
      "a size of one keeps the latest",
      [
        ["new", 1000, 1],
        ["get", "a", 0],
        ["complete", "a", "A", 0],
        ["get", "b", 0],
        ["complete", "b", "B", 0],
        ["get", "b", 1],
        ["get", "a", 1],
      ],
      [null, { status: "load" }, 1, { status: "load" }, 1, { status: "hit", value: "B" }, { status: "load" }],
    ),
    calls(
      "an expired value is reloaded once",
      [
        ["new", 100, 5],
        ["get", "a", 0],
        ["complete", "a", "v1", 0],
        ["get", "a", 150],
        ["get", "a", 160],
        ["complete", "a", "v2", 170],
        ["get", "a", 180],
      ],
      [null, { status: "load" }, 1, { status: "load" }, { status: "wait" }, 2, { status: "hit", value: "v2" }],
    ),
    calls(
      "falsy values are values",
      [
        ["new", 1000, 5],
        ["get", "zero", 0],
        ["complete", "zero", 0, 0],
        ["get", "zero", 1],
      ],
      [null, { status: "load" }, 1, { status: "hit", value: 0 }],
    ),
  ],
  referenceSolutions: {
    javascript: source`
      class LoadingCache {
        constructor(ttlMs, maxSize) {
          this.ttlMs = ttlMs;
          this.maxSize = maxSize;
          this.values = new Map(); // key -> { value, expiresAt }; Map order is LRU order
          this.inflight = new Map(); // key -> number of callers sharing the load
        }

        get(key, nowMs) {
          const hit = this.values.get(key);
          if (hit && hit.expiresAt > nowMs) {
            this.values.delete(key); // re-insert: most recently used last
            this.values.set(key, hit);
            return { status: "hit", value: hit.value };
          }
          const callers = this.inflight.get(key);
          if (callers !== undefined) {
            this.inflight.set(key, callers + 1); // single flight: join the load in progress
            return { status: "wait" };
          }
          this.inflight.set(key, 1);
          return { status: "load" };
        }

        complete(key, value, nowMs) {
          const callers = this.inflight.get(key);
          if (callers === undefined) return 0;
          this.inflight.delete(key);
          this.values.delete(key);
          this.values.set(key, { value, expiresAt: nowMs + this.ttlMs });
          while (this.values.size > this.maxSize) this.values.delete(this.values.keys().next().value);
          return callers;
        }

        fail(key) {
          const callers = this.inflight.get(key);
          if (callers === undefined) return 0;
          this.inflight.delete(key); // nothing cached: the next get retries
          return callers;
        }
      }
    `,
    typescript: source`
      type Lookup<V> = { status: "hit"; value: V } | { status: "wait" } | { status: "load" };

      class LoadingCache<V> {
        private readonly ttlMs: number;
        private readonly maxSize: number;
        private readonly values = new Map<string, { value: V; expiresAt: number }>(); // Map order is LRU order
        private readonly inflight = new Map<string, number>(); // key -> callers sharing the load

        constructor(ttlMs: number, maxSize: number) {
          this.ttlMs = ttlMs;
          this.maxSize = maxSize;
        }

        get(key: string, nowMs: number): Lookup<V> {
          const hit = this.values.get(key);
          if (hit && hit.expiresAt > nowMs) {
            this.values.delete(key); // re-insert: most recently used last
            this.values.set(key, hit);
            return { status: "hit", value: hit.value };
          }
          const callers = this.inflight.get(key);
          if (callers !== undefined) {
            this.inflight.set(key, callers + 1); // single flight: join the load in progress
            return { status: "wait" };
          }
          this.inflight.set(key, 1);
          return { status: "load" };
        }

        complete(key: string, value: V, nowMs: number): number {
          const callers = this.inflight.get(key);
          if (callers === undefined) return 0;
          this.inflight.delete(key);
          this.values.delete(key);
          this.values.set(key, { value, expiresAt: nowMs + this.ttlMs });
          for (const oldest of this.values.keys()) {
            if (this.values.size <= this.maxSize) break;
            this.values.delete(oldest); // least recently used first
          }
          return callers;
        }

        fail(key: string): number {
          const callers = this.inflight.get(key);
          if (callers === undefined) return 0;
          this.inflight.delete(key); // nothing cached: the next get retries
          return callers;
        }
      }
    `,
    python: source`
      from collections import OrderedDict


      class LoadingCache:
          def __init__(self, ttl_ms: int, max_size: int):
              self.ttl_ms = ttl_ms
              self.max_size = max_size
              self.values: OrderedDict = OrderedDict()  # key -> (value, expires_at), LRU order
              self.inflight: dict[str, int] = {}  # key -> callers sharing the load

          def get(self, key: str, now_ms: int) -> dict:
              hit = self.values.get(key)
              if hit is not None and hit[1] > now_ms:
                  self.values.move_to_end(key)  # most recently used last
                  return {"status": "hit", "value": hit[0]}
              if key in self.inflight:
                  self.inflight[key] += 1  # single flight: join the load in progress
                  return {"status": "wait"}
              self.inflight[key] = 1
              return {"status": "load"}

          def complete(self, key: str, value, now_ms: int) -> int:
              callers = self.inflight.pop(key, 0)
              if callers == 0:
                  return 0
              self.values[key] = (value, now_ms + self.ttl_ms)
              self.values.move_to_end(key)
              while len(self.values) > self.max_size:
                  self.values.popitem(last=False)  # least recently used first
              return callers

          def fail(self, key: str) -> int:
              return self.inflight.pop(key, 0)  # nothing cached: the next get retries
    `,
  },
};

const SCHEDULE_MANY = range(500).map((i) => ({ id: `j${i}`, runAt: (i * 7919) % 250, order: i }));
const byRunAt = (jobs: typeof SCHEDULE_MANY): string[] =>
  [...jobs].sort((a, b) => a.runAt - b.runAt || a.order - b.order).map((job) => job.id);

const schedulerHeap: ExecutableSpec = {
  questionId: "code-s-scheduler-heap",
  kind: "class",
  entryPoint: entry("Scheduler", "Scheduler"),
  comparison: "exact",
  starterCode: {
    javascript: source`
      /**
       * A job scheduler for thousands of jobs, driven by an explicit clock instead of setTimeout:
       * - schedule(id, runAt) adds a job (ids are unique) due at time runAt (ms).
       * - cancel(id) cancels a pending job: true if it was pending, false otherwise (unknown,
       *   already run or already cancelled).
       * - tick(nowMs) runs every pending job due at or before nowMs and returns their ids in run
       *   order: earliest runAt first, equal runAt in scheduling order.
       * - peek() is the runAt of the earliest pending job (what the one real timer would be armed
       *   for), or null when none is pending.
       * Executable: the tests construct new Scheduler() and call these methods; tick(nowMs) stands for
       * the timer firing at nowMs.
       */
      class Scheduler {
        constructor() {
          // Your code here.
        }

        schedule(id, runAt) {
          // Your code here.
        }

        cancel(id) {
          // Your code here.
        }

        tick(nowMs) {
          // Your code here.
        }

        peek() {
          // Your code here.
        }
      }
    `,
    typescript: source`
      /**
       * A job scheduler for thousands of jobs, driven by an explicit clock instead of setTimeout:
       * - schedule(id, runAt) adds a job (ids are unique) due at time runAt (ms).
       * - cancel(id) cancels a pending job: true if it was pending, false otherwise (unknown,
       *   already run or already cancelled).
       * - tick(nowMs) runs every pending job due at or before nowMs and returns their ids in run
       *   order: earliest runAt first, equal runAt in scheduling order.
       * - peek() is the runAt of the earliest pending job (what the one real timer would be armed
       *   for), or null when none is pending.
       * Executable: the tests construct new Scheduler() and call these methods; tick(nowMs) stands for
       * the timer firing at nowMs.
       */
      class Scheduler {
        constructor() {
          // Your code here.
        }

        schedule(id: string, runAt: number): void {
          // Your code here.
        }

        cancel(id: string): boolean {
          // Your code here.
        }

        tick(nowMs: number): string[] {
          // Your code here.
        }

        peek(): number | null {
          // Your code here.
        }
      }
    `,
    python: source`
      class Scheduler:
          """A job scheduler for thousands of jobs, driven by an explicit clock instead of real timers.

          - schedule(id, run_at) adds a job (ids are unique) due at time run_at (ms).
          - cancel(id) cancels a pending job: True if it was pending, False otherwise (unknown, already
            run or already cancelled).
          - tick(now_ms) runs every pending job due at or before now_ms and returns their ids in run
            order: earliest run_at first, equal run_at in scheduling order.
          - peek() is the run_at of the earliest pending job (what the one real timer would be armed
            for), or None when none is pending.
          Executable: the tests construct Scheduler() and call these methods; tick(now_ms) stands for
          the timer firing at now_ms.
          """

          def __init__(self):
              # Your code here.
              pass

          def schedule(self, id: str, run_at: int) -> None:
              # Your code here.
              pass

          def cancel(self, id: str) -> bool:
              # Your code here.
              pass

          def tick(self, now_ms: int) -> list[str]:
              # Your code here.
              pass

          def peek(self) -> int | None:
              # Your code here.
              pass
    `,
  },
  examples: [
    calls(
      "jobs run in time order",
      [
        ["new"],
        ["schedule", "a", 100],
        ["schedule", "b", 50],
        ["schedule", "c", 100],
        ["peek"],
        ["tick", 60],
        ["tick", 100],
        ["peek"],
      ],
      [null, null, null, null, 50, ["b"], ["a", "c"], null],
    ),
  ],
  hiddenTests: [
    calls(
      "a cancelled job never runs",
      [
        ["new"],
        ["schedule", "a", 10],
        ["schedule", "b", 20],
        ["cancel", "a"],
        ["peek"],
        ["tick", 30],
        ["cancel", "a"],
        ["cancel", "b"],
        ["cancel", "zz"],
      ],
      [null, null, null, true, 20, ["b"], false, false, false],
    ),
    calls("nothing due yet", [["new"], ["schedule", "a", 100], ["tick", 50], ["peek"]], [null, null, [], 100]),
    calls("an empty scheduler", [["new"], ["peek"], ["tick", 100]], [null, null, []]),
    calls(
      "equal times run in scheduling order",
      [["new"], ...["e", "d", "c", "b", "a"].map((id): Call => ["schedule", id, 5]), ["tick", 5]],
      [null, null, null, null, null, null, ["e", "d", "c", "b", "a"]],
    ),
    calls(
      "a job scheduled in the past runs at the next tick",
      [["new"], ["tick", 100], ["schedule", "late", 50], ["peek"], ["tick", 100]],
      [null, [], null, 50, ["late"]],
    ),
    calls(
      "due jobs run by time, not by scheduling order",
      [["new"], ["schedule", "x", 30], ["schedule", "y", 10], ["schedule", "z", 20], ["tick", 100]],
      [null, null, null, null, ["y", "z", "x"]],
    ),
    calls(
      "cancelling every job",
      [["new"], ["schedule", "a", 1], ["schedule", "b", 2], ["cancel", "b"], ["cancel", "a"], ["peek"], ["tick", 10]],
      [null, null, null, true, true, null, []],
    ),
    calls(
      "cancel succeeds once",
      [["new"], ["schedule", "a", 10], ["cancel", "a"], ["cancel", "a"], ["tick", 10]],
      [null, null, true, false, []],
    ),
    calls(
      "five hundred jobs with repeated times",
      [
        ["new"],
        ...SCHEDULE_MANY.map((job): Call => ["schedule", job.id, job.runAt]),
        ["peek"],
        ["tick", 124],
        ["tick", 1000],
        ["peek"],
      ],
      [
        null,
        ...SCHEDULE_MANY.map(() => null),
        0,
        byRunAt(SCHEDULE_MANY.filter((job) => job.runAt <= 124)),
        byRunAt(SCHEDULE_MANY.filter((job) => job.runAt > 124)),
        null,
      ],
    ),
  ],
  referenceSolutions: {
    javascript: program(
      MIN_HEAP_JS,
      source`
        class Scheduler {
          constructor() {
            // earliest runAt first; seq keeps equal times in scheduling order (a heap is not stable)
            this.heap = new MinHeap((a, b) => a.runAt < b.runAt || (a.runAt === b.runAt && a.seq < b.seq));
            this.pending = new Map(); // id -> job
            this.seq = 0;
          }

          schedule(id, runAt) {
            const job = { id, runAt, seq: this.seq++, cancelled: false };
            this.pending.set(id, job);
            this.heap.push(job);
          }

          cancel(id) {
            const job = this.pending.get(id);
            if (!job) return false;
            job.cancelled = true; // lazy deletion: skipped when it reaches the top
            this.pending.delete(id);
            return true;
          }

          tick(nowMs) {
            const ran = [];
            for (let job = this.heap.peek(); job && job.runAt <= nowMs; job = this.heap.peek()) {
              this.heap.pop();
              if (job.cancelled) continue;
              this.pending.delete(job.id);
              ran.push(job.id);
            }
            return ran;
          }

          peek() {
            while (this.heap.size > 0 && this.heap.peek().cancelled) this.heap.pop(); // drop cancelled heads
            return this.heap.size > 0 ? this.heap.peek().runAt : null;
          }
        }
      `,
    ),
    typescript: program(
      MIN_HEAP_TS,
      source`
        interface Job {
          id: string;
          runAt: number;
          seq: number;
          cancelled: boolean;
        }

        class Scheduler {
          // earliest runAt first; seq keeps equal times in scheduling order (a heap is not stable)
          private readonly heap = new MinHeap<Job>((a, b) => a.runAt < b.runAt || (a.runAt === b.runAt && a.seq < b.seq));
          private readonly pending = new Map<string, Job>();
          private seq = 0;

          schedule(id: string, runAt: number): void {
            const job: Job = { id, runAt, seq: this.seq++, cancelled: false };
            this.pending.set(id, job);
            this.heap.push(job);
          }

          cancel(id: string): boolean {
            const job = this.pending.get(id);
            if (!job) return false;
            job.cancelled = true; // lazy deletion: skipped when it reaches the top
            this.pending.delete(id);
            return true;
          }

          tick(nowMs: number): string[] {
            const ran: string[] = [];
            for (let job = this.heap.peek(); job && job.runAt <= nowMs; job = this.heap.peek()) {
              this.heap.pop();
              if (job.cancelled) continue;
              this.pending.delete(job.id);
              ran.push(job.id);
            }
            return ran;
          }

          peek(): number | null {
            for (let head = this.heap.peek(); head; head = this.heap.peek()) {
              if (!head.cancelled) return head.runAt;
              this.heap.pop(); // drop cancelled heads
            }
            return null;
          }
        }
      `,
    ),
    python: source`
      import heapq
      import itertools


      class Scheduler:
          def __init__(self):
              self.heap: list[tuple[int, int, str]] = []  # (run_at, seq, id): seq keeps scheduling order
              self.pending: dict[str, int] = {}  # id -> seq of its pending entry
              self.seq = itertools.count()

          def schedule(self, id: str, run_at: int) -> None:
              seq = next(self.seq)
              self.pending[id] = seq
              heapq.heappush(self.heap, (run_at, seq, id))

          def cancel(self, id: str) -> bool:
              # lazy deletion: the heap entry stays and is skipped when it reaches the top
              return self.pending.pop(id, None) is not None

          def _live(self, entry: tuple[int, int, str]) -> bool:
              return self.pending.get(entry[2]) == entry[1]

          def tick(self, now_ms: int) -> list[str]:
              ran = []
              while self.heap and self.heap[0][0] <= now_ms:
                  entry = heapq.heappop(self.heap)
                  if self._live(entry):
                      del self.pending[entry[2]]
                      ran.append(entry[2])
              return ran

          def peek(self) -> int | None:
              while self.heap and not self._live(self.heap[0]):
                  heapq.heappop(self.heap)  # drop cancelled heads
              return self.heap[0][0] if self.heap else None
    `,
  },
};

// Files too big for memory: the harness hands out readers that give one line at a time and checks how
// many lines were read but not yet written.
const MERGE_HARNESS_JS = source`
  // Test harness, keep it. Executable: the tests call mergeFromArrays(files). Each file becomes a
  // reader whose read() returns its next line, or null at the end; write(line) appends to the output.
  // withinMemory is true when no more than one line per file (plus one) was held at any time.
  function mergeFromArrays(files) {
    let linesRead = 0;
    let linesWritten = 0;
    let maxHeld = 0;
    const output = [];
    const readers = files.map((lines) => {
      let next = 0;
      return {
        read() {
          if (next >= lines.length) return null;
          linesRead++;
          maxHeld = Math.max(maxHeld, linesRead - linesWritten);
          return lines[next++];
        },
      };
    });
    mergeSortedStreams(readers, (line) => {
      linesWritten++;
      output.push(line);
    });
    return { output, withinMemory: maxHeld <= files.length + 1 };
  }
`;

const MERGE_HARNESS_TS = source`
  // Test harness, keep it. Executable: the tests call mergeFromArrays(files). Each file becomes a
  // reader whose read() returns its next line, or null at the end; write(line) appends to the output.
  // withinMemory is true when no more than one line per file (plus one) was held at any time.
  function mergeFromArrays(files: string[][]) {
    let linesRead = 0;
    let linesWritten = 0;
    let maxHeld = 0;
    const output: string[] = [];
    const readers = files.map((lines): LineReader => {
      let next = 0;
      return {
        read() {
          if (next >= lines.length) return null;
          linesRead++;
          maxHeld = Math.max(maxHeld, linesRead - linesWritten);
          return lines[next++];
        },
      };
    });
    mergeSortedStreams(readers, (line) => {
      linesWritten++;
      output.push(line);
    });
    return { output, withinMemory: maxHeld <= files.length + 1 };
  }
`;

const MERGE_HARNESS_PY = source`
  # Test harness, keep it. Executable: the tests call merge_from_arrays(files). Each file becomes a
  # reader whose read() returns its next line, or None at the end; write(line) appends to the output.
  # within_memory is true when no more than one line per file (plus one) was held at any time.
  class _Counters:
      read = 0
      written = 0
      max_held = 0


  class ListReader:
      def __init__(self, lines: list[str], counters: _Counters):
          self.lines = lines
          self.next = 0
          self.counters = counters

      def read(self) -> str | None:
          if self.next >= len(self.lines):
              return None
          self.counters.read += 1
          self.counters.max_held = max(self.counters.max_held, self.counters.read - self.counters.written)
          self.next += 1
          return self.lines[self.next - 1]


  def merge_from_arrays(files: list[list[str]]) -> dict:
      counters = _Counters()
      output: list[str] = []

      def write(line: str) -> None:
          counters.written += 1
          output.append(line)

      merge_sorted_streams([ListReader(lines, counters) for lines in files], write)
      return {"output": output, "withinMemory": counters.max_held <= len(files) + 1}
`;

const pad4 = (n: number): string => String(n).padStart(4, "0");

const streamingMerge: ExecutableSpec = {
  questionId: "code-s-streaming-merge",
  kind: "function",
  entryPoint: entry("mergeFromArrays", "merge_from_arrays"),
  comparison: "exact",
  starterCode: {
    javascript: program(
      source`
        /**
         * Merges sorted files too big for memory into one sorted output (a k-way merge).
         * - readers[i].read() returns the next line of file i, or null at its end.
         * - write(line) appends a line to the output.
         * - Lines are sorted by their key, the text before the first space (the whole line when there
         *   is none), compared as strings; equal keys keep file order (lower file index first) and,
         *   within a file, line order.
         * Hold about one line per file, not whole files.
         */
        function mergeSortedStreams(readers, write) {
          // Your code here.
        }
      `,
      MERGE_HARNESS_JS,
    ),
    typescript: program(
      source`
        interface LineReader {
          /** The next line, or null at the end of the file. */
          read(): string | null;
        }

        /**
         * Merges sorted files too big for memory into one sorted output (a k-way merge).
         * - readers[i].read() returns the next line of file i, or null at its end.
         * - write(line) appends a line to the output.
         * - Lines are sorted by their key, the text before the first space (the whole line when there
         *   is none), compared as strings; equal keys keep file order (lower file index first) and,
         *   within a file, line order.
         * Hold about one line per file, not whole files.
         */
        function mergeSortedStreams(readers: LineReader[], write: (line: string) => void): void {
          // Your code here.
        }
      `,
      MERGE_HARNESS_TS,
    ),
    python: program(
      source`
        def merge_sorted_streams(readers: list, write) -> None:
            """Merge sorted files too big for memory into one sorted output (a k-way merge).

            - readers[i].read() returns the next line of file i, or None at its end.
            - write(line) appends a line to the output.
            - Lines are sorted by their key, the text before the first space (the whole line when there
              is none), compared as strings; equal keys keep file order (lower file index first) and,
              within a file, line order.
            Hold about one line per file, not whole files.
            """
            # Your code here.
            pass
      `,
      MERGE_HARNESS_PY,
    ),
  },
  examples: [
    test(
      "two files interleave",
      [[["2024-05-01T10:00:01Z GET /a", "2024-05-01T10:00:03Z GET /c"], ["2024-05-01T10:00:02Z POST /b"]]],
      {
        output: ["2024-05-01T10:00:01Z GET /a", "2024-05-01T10:00:02Z POST /b", "2024-05-01T10:00:03Z GET /c"],
        withinMemory: true,
      },
    ),
  ],
  hiddenTests: [
    test("no files", [[]], { output: [], withinMemory: true }),
    test("only empty files", [[[], [], []]], { output: [], withinMemory: true }),
    test("one file", [[["1 x", "2 y", "3 z"]]], { output: ["1 x", "2 y", "3 z"], withinMemory: true }),
    test("equal keys: lower file first", [[["05 from-0"], ["05 from-1"], ["04 first"]]], {
      output: ["04 first", "05 from-0", "05 from-1"],
      withinMemory: true,
    }),
    test("equal keys within a file keep their order", [[["1 b", "1 a"], ["1 c"]]], {
      output: ["1 b", "1 a", "1 c"],
      withinMemory: true,
    }),
    test("lines without a space", [[["a", "c"], ["b"]]], { output: ["a", "b", "c"], withinMemory: true }),
    test("the key stops at the first space", [[["10 b"], ["10a z"]]], {
      output: ["10 b", "10a z"],
      withinMemory: true,
    }),
    test("one long file among empty ones", [[[], range(200).map((i) => `${pad4(i)} e`), []]], {
      output: range(200).map((i) => `${pad4(i)} e`),
      withinMemory: true,
    }),
    test("twenty files of twenty lines", [range(20).map((f) => range(20).map((j) => `${pad4(j * 20 + f)} f${f}`))], {
      output: range(400).map((n) => `${pad4(n)} f${n % 20}`),
      withinMemory: true,
    }),
  ],
  referenceSolutions: {
    javascript: program(
      MIN_HEAP_JS,
      source`
        const keyOf = (line) => {
          const space = line.indexOf(" ");
          return space === -1 ? line : line.slice(0, space);
        };

        function mergeSortedStreams(readers, write) {
          // one head line per file; ties go to the lower file index, which keeps the merge stable
          const heap = new MinHeap((a, b) => a.key < b.key || (a.key === b.key && a.file < b.file));
          readers.forEach((reader, file) => {
            const line = reader.read();
            if (line !== null) heap.push({ key: keyOf(line), line, file }); // an empty file adds nothing
          });
          while (heap.size > 0) {
            const entry = heap.pop();
            write(entry.line);
            const next = readers[entry.file].read(); // refill from the same file
            if (next !== null) heap.push({ key: keyOf(next), line: next, file: entry.file });
          }
        }
      `,
      MERGE_HARNESS_JS,
    ),
    typescript: program(
      MIN_HEAP_TS,
      source`
        interface LineReader {
          read(): string | null;
        }

        interface Head {
          key: string;
          line: string;
          file: number;
        }

        const keyOf = (line: string): string => {
          const space = line.indexOf(" ");
          return space === -1 ? line : line.slice(0, space);
        };

        function mergeSortedStreams(readers: LineReader[], write: (line: string) => void): void {
          // one head line per file; ties go to the lower file index, which keeps the merge stable
          const heap = new MinHeap<Head>((a, b) => a.key < b.key || (a.key === b.key && a.file < b.file));
          readers.forEach((reader, file) => {
            const line = reader.read();
            if (line !== null) heap.push({ key: keyOf(line), line, file }); // an empty file adds nothing
          });
          for (let entry = heap.pop(); entry !== undefined; entry = heap.pop()) {
            write(entry.line);
            const next = readers[entry.file].read(); // refill from the same file
            if (next !== null) heap.push({ key: keyOf(next), line: next, file: entry.file });
          }
        }
      `,
      MERGE_HARNESS_TS,
    ),
    python: program(
      source`
        import heapq


        def merge_sorted_streams(readers: list, write) -> None:
            # one head line per file; ties go to the lower file index, which keeps the merge stable
            heap: list[tuple[str, int, str]] = []
            for file, reader in enumerate(readers):
                line = reader.read()
                if line is not None:  # an empty file adds nothing
                    heapq.heappush(heap, (line.split(" ", 1)[0], file, line))
            while heap:
                _, file, line = heapq.heappop(heap)
                write(line)
                nxt = readers[file].read()  # refill from the same file
                if nxt is not None:
                    heapq.heappush(heap, (nxt.split(" ", 1)[0], file, nxt))
      `,
      MERGE_HARNESS_PY,
    ),
  },
};

const AUTOCOMPLETE_TERMS = range(200).map((i) => ({
  term: `term${String(i).padStart(3, "0")}`,
  score: (i * 37) % 101,
}));

const trieAutocomplete: ExecutableSpec = {
  questionId: "code-s-trie-autocomplete",
  kind: "class",
  entryPoint: entry("Autocomplete", "Autocomplete"),
  comparison: "exact",
  starterCode: {
    javascript: source`
      /**
       * Autocomplete over a trie: the k most popular completions of a prefix.
       * - update(term, score) sets a term's popularity (it can go up or down); terms are lower-cased.
       * - suggest(prefix) returns at most k terms starting with the lower-cased prefix (the term equal
       *   to the prefix included), highest score first, equal scores alphabetically; [] when none.
       *   The empty prefix matches every term.
       * Executable: the tests construct new Autocomplete(k), k being 5 in the question, and call
       * update (returns nothing) and suggest.
       */
      class Autocomplete {
        constructor(k) {
          // Your code here.
        }

        update(term, score) {
          // Your code here.
        }

        suggest(prefix) {
          // Your code here.
        }
      }
    `,
    typescript: source`
      /**
       * Autocomplete over a trie: the k most popular completions of a prefix.
       * - update(term, score) sets a term's popularity (it can go up or down); terms are lower-cased.
       * - suggest(prefix) returns at most k terms starting with the lower-cased prefix (the term equal
       *   to the prefix included), highest score first, equal scores alphabetically; [] when none.
       *   The empty prefix matches every term.
       * Executable: the tests construct new Autocomplete(k), k being 5 in the question, and call
       * update (returns nothing) and suggest.
       */
      class Autocomplete {
        constructor(k: number) {
          // Your code here.
        }

        update(term: string, score: number): void {
          // Your code here.
        }

        suggest(prefix: string): string[] {
          // Your code here.
        }
      }
    `,
    python: source`
      class Autocomplete:
          """Autocomplete over a trie: the k most popular completions of a prefix.

          - update(term, score) sets a term's popularity (it can go up or down); terms are lower-cased.
          - suggest(prefix) returns at most k terms starting with the lower-cased prefix (the term
            equal to the prefix included), highest score first, equal scores alphabetically; [] when
            none. The empty prefix matches every term.
          Executable: the tests construct Autocomplete(k), k being 5 in the question, and call update
          (returns nothing) and suggest.
          """

          def __init__(self, k: int):
              # Your code here.
              pass

          def update(self, term: str, score: int) -> None:
              # Your code here.
              pass

          def suggest(self, prefix: str) -> list[str]:
              # Your code here.
              pass
    `,
  },
  examples: [
    calls(
      "best completions first",
      [
        ["new", 2],
        ["update", "apple", 5],
        ["update", "app", 3],
        ["update", "apricot", 4],
        ["suggest", "ap"],
        ["suggest", "app"],
      ],
      [null, null, null, null, ["apple", "apricot"], ["apple", "app"]],
    ),
  ],
  hiddenTests: [
    calls(
      "unknown prefix",
      [
        ["new", 5],
        ["update", "apple", 1],
        ["suggest", "b"],
      ],
      [null, null, []],
    ),
    calls(
      "nothing stored",
      [
        ["new", 5],
        ["suggest", ""],
      ],
      [null, []],
    ),
    calls(
      "the empty prefix gives the global top",
      [
        ["new", 3],
        ["update", "a", 1],
        ["update", "b", 2],
        ["update", "c", 3],
        ["update", "d", 4],
        ["suggest", ""],
      ],
      [null, null, null, null, null, ["d", "c", "b"]],
    ),
    calls(
      "a lower score drops a term",
      [
        ["new", 2],
        ["update", "apple", 5],
        ["update", "app", 3],
        ["update", "apricot", 4],
        ["update", "apple", 1],
        ["suggest", "ap"],
        ["suggest", "appl"],
      ],
      [null, null, null, null, null, ["apricot", "app"], ["apple"]],
    ),
    calls(
      "a lower score lets another term back in",
      [
        ["new", 1],
        ["update", "aa", 5],
        ["update", "ab", 3],
        ["suggest", "a"],
        ["update", "aa", 1],
        ["suggest", "a"],
      ],
      [null, null, null, ["aa"], null, ["ab"]],
    ),
    calls(
      "a higher score lifts a term into the top",
      [
        ["new", 2],
        ["update", "ab", 1],
        ["update", "ac", 2],
        ["update", "ad", 3],
        ["suggest", "a"],
        ["update", "ab", 10],
        ["suggest", "a"],
      ],
      [null, null, null, null, ["ad", "ac"], null, ["ab", "ad"]],
    ),
    calls(
      "terms and prefixes are lower-cased",
      [
        ["new", 5],
        ["update", "Apple", 5],
        ["suggest", "AP"],
        ["update", "APPLE", 7],
        ["suggest", "a"],
      ],
      [null, null, ["apple"], null, ["apple"]],
    ),
    calls(
      "equal scores in alphabetical order",
      [
        ["new", 5],
        ["update", "bb", 1],
        ["update", "ba", 1],
        ["update", "bc", 1],
        ["suggest", "b"],
      ],
      [null, null, null, null, ["ba", "bb", "bc"]],
    ),
    calls(
      "the prefix itself is a completion",
      [
        ["new", 5],
        ["update", "car", 2],
        ["update", "cart", 1],
        ["update", "cat", 3],
        ["suggest", "car"],
      ],
      [null, null, null, null, ["car", "cart"]],
    ),
    calls(
      "updating a term twice keeps one entry",
      [
        ["new", 5],
        ["update", "x", 1],
        ["update", "x", 2],
        ["suggest", "x"],
      ],
      [null, null, null, ["x"]],
    ),
    calls(
      "top 5 of 7",
      [["new", 5], ...range(7, 1).map((i): Call => ["update", `t${i}`, i]), ["suggest", "t"]],
      [null, ...range(7).map(() => null), ["t7", "t6", "t5", "t4", "t3"]],
    ),
    calls(
      "two hundred terms",
      [
        ["new", 5],
        ...AUTOCOMPLETE_TERMS.map(({ term, score }): Call => ["update", term, score]),
        ["suggest", "term1"],
        ["suggest", "term05"],
      ],
      [
        null,
        ...AUTOCOMPLETE_TERMS.map(() => null),
        ...["term1", "term05"].map((prefix) =>
          AUTOCOMPLETE_TERMS.filter(({ term }) => term.startsWith(prefix))
            .sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : 1))
            .slice(0, 5)
            .map(({ term }) => term),
        ),
      ],
    ),
  ],
  referenceSolutions: {
    javascript: source`
      class TrieNode {
        constructor() {
          this.children = new Map();
          this.term = null; // the term ending here
          this.top = []; // the best k terms at or below this node
        }
      }

      class Autocomplete {
        constructor(k) {
          this.k = k;
          this.root = new TrieNode();
          this.scores = new Map();
        }

        update(rawTerm, score) {
          const term = rawTerm.toLowerCase();
          this.scores.set(term, score);
          const path = [this.root];
          let node = this.root;
          for (const ch of term) {
            let child = node.children.get(ch);
            if (!child) {
              child = new TrieNode();
              node.children.set(ch, child);
            }
            node = child;
            path.push(node);
          }
          node.term = term;
          // Rebuild each cached list bottom-up from the children's lists: a lower score can let a term
          // that was outside a list back in, so merging the updated term alone is not enough.
          for (let i = path.length - 1; i >= 0; i--) this.rebuild(path[i]);
        }

        suggest(prefix) {
          let node = this.root;
          for (const ch of prefix.toLowerCase()) {
            node = node.children.get(ch);
            if (!node) return [];
          }
          return [...node.top];
        }

        rebuild(node) {
          const candidates = node.term === null ? [] : [node.term];
          for (const child of node.children.values()) candidates.push(...child.top);
          const score = (term) => this.scores.get(term);
          candidates.sort((a, b) => score(b) - score(a) || (a < b ? -1 : a > b ? 1 : 0));
          node.top = candidates.slice(0, this.k);
        }
      }
    `,
    typescript: source`
      class TrieNode {
        readonly children = new Map<string, TrieNode>();
        term: string | null = null; // the term ending here
        top: string[] = []; // the best k terms at or below this node
      }

      class Autocomplete {
        private readonly k: number;
        private readonly root = new TrieNode();
        private readonly scores = new Map<string, number>();

        constructor(k: number) {
          this.k = k;
        }

        update(rawTerm: string, score: number): void {
          const term = rawTerm.toLowerCase();
          this.scores.set(term, score);
          const path = [this.root];
          let node = this.root;
          for (const ch of term) {
            let child = node.children.get(ch);
            if (!child) {
              child = new TrieNode();
              node.children.set(ch, child);
            }
            node = child;
            path.push(node);
          }
          node.term = term;
          // Rebuild each cached list bottom-up from the children's lists: a lower score can let a term
          // that was outside a list back in, so merging the updated term alone is not enough.
          for (let i = path.length - 1; i >= 0; i--) this.rebuild(path[i]);
        }

        suggest(prefix: string): string[] {
          let node: TrieNode | undefined = this.root;
          for (const ch of prefix.toLowerCase()) {
            node = node.children.get(ch);
            if (!node) return [];
          }
          return [...node.top];
        }

        private rebuild(node: TrieNode): void {
          const candidates = node.term === null ? [] : [node.term];
          for (const child of node.children.values()) candidates.push(...child.top);
          const score = (term: string): number => this.scores.get(term) ?? 0;
          candidates.sort((a, b) => score(b) - score(a) || (a < b ? -1 : a > b ? 1 : 0));
          node.top = candidates.slice(0, this.k);
        }
      }
    `,
    python: source`
      class TrieNode:
          def __init__(self):
              self.children: dict[str, "TrieNode"] = {}
              self.term: str | None = None  # the term ending here
              self.top: list[str] = []  # the best k terms at or below this node


      class Autocomplete:
          def __init__(self, k: int):
              self.k = k
              self.root = TrieNode()
              self.scores: dict[str, int] = {}

          def update(self, term: str, score: int) -> None:
              term = term.lower()
              self.scores[term] = score
              path = [self.root]
              node = self.root
              for ch in term:
                  node = node.children.setdefault(ch, TrieNode())
                  path.append(node)
              node.term = term
              # Rebuild each cached list bottom-up from the children's lists: a lower score can let a
              # term that was outside a list back in, so merging the updated term alone is not enough.
              for node in reversed(path):
                  self._rebuild(node)

          def suggest(self, prefix: str) -> list[str]:
              node = self.root
              for ch in prefix.lower():
                  node = node.children.get(ch)
                  if node is None:
                      return []
              return list(node.top)

          def _rebuild(self, node: TrieNode) -> None:
              candidates = [] if node.term is None else [node.term]
              for child in node.children.values():
                  candidates.extend(child.top)
              candidates.sort(key=lambda term: (-self.scores[term], term))
              node.top = candidates[: self.k]
    `,
  },
};

const circuitBreaker: ExecutableSpec = {
  questionId: "code-s-circuit-breaker",
  kind: "class",
  entryPoint: entry("CircuitBreaker", "CircuitBreaker"),
  comparison: "exact",
  starterCode: {
    javascript: source`
      /**
       * A circuit breaker: "closed", "open" or "half-open".
       * - allow(nowMs): may a call go to the downstream now? Closed: yes. Open: no, until cooldownMs
       *   have passed since it opened; then it turns half-open and this call is the one probe (yes).
       *   Half-open: no while the probe is in flight.
       * - success(): the allowed call succeeded. Closed: resets the consecutive failures. Half-open:
       *   closes the circuit. Open: ignored (a late answer).
       * - failure(nowMs): the allowed call failed (a timeout or a 5xx). Closed: one more consecutive
       *   failure, and at failureThreshold the circuit opens at nowMs. Half-open: reopens at nowMs.
       *   Open: ignored.
       * - status() returns the state without changing it.
       * Executable: the tests construct new CircuitBreaker(failureThreshold, cooldownMs) and call
       * these methods; time is passed in instead of read from a clock. success and failure return
       * nothing.
       */
      class CircuitBreaker {
        constructor(failureThreshold, cooldownMs) {
          // Your code here (a field named "status" would hide the status() method).
        }

        allow(nowMs) {
          // Your code here.
        }

        success() {
          // Your code here.
        }

        failure(nowMs) {
          // Your code here.
        }

        status() {
          // Your code here.
        }
      }
    `,
    typescript: source`
      type BreakerState = "closed" | "open" | "half-open";

      /**
       * A circuit breaker: "closed", "open" or "half-open".
       * - allow(nowMs): may a call go to the downstream now? Closed: yes. Open: no, until cooldownMs
       *   have passed since it opened; then it turns half-open and this call is the one probe (yes).
       *   Half-open: no while the probe is in flight.
       * - success(): the allowed call succeeded. Closed: resets the consecutive failures. Half-open:
       *   closes the circuit. Open: ignored (a late answer).
       * - failure(nowMs): the allowed call failed (a timeout or a 5xx). Closed: one more consecutive
       *   failure, and at failureThreshold the circuit opens at nowMs. Half-open: reopens at nowMs.
       *   Open: ignored.
       * - status() returns the state without changing it.
       * Executable: the tests construct new CircuitBreaker(failureThreshold, cooldownMs) and call
       * these methods; time is passed in instead of read from a clock. success and failure return
       * nothing.
       */
      class CircuitBreaker {
        constructor(failureThreshold: number, cooldownMs: number) {
          // Your code here (a field named "status" would hide the status() method).
        }

        allow(nowMs: number): boolean {
          // Your code here.
        }

        success(): void {
          // Your code here.
        }

        failure(nowMs: number): void {
          // Your code here.
        }

        status(): BreakerState {
          // Your code here.
        }
      }
    `,
    python: source`
      class CircuitBreaker:
          """A circuit breaker: "closed", "open" or "half-open".

          - allow(now_ms): may a call go to the downstream now? Closed: yes. Open: no, until
            cooldown_ms have passed since it opened; then it turns half-open and this call is the one
            probe (yes). Half-open: no while the probe is in flight.
          - success(): the allowed call succeeded. Closed: resets the consecutive failures. Half-open:
            closes the circuit. Open: ignored (a late answer).
          - failure(now_ms): the allowed call failed (a timeout or a 5xx). Closed: one more
            consecutive failure, and at failure_threshold the circuit opens at now_ms. Half-open:
            reopens at now_ms. Open: ignored.
          - status() returns the state without changing it.
          Executable: the tests construct CircuitBreaker(failure_threshold, cooldown_ms) and call these
          methods; time is passed in instead of read from a clock. success and failure return nothing.
          """

          def __init__(self, failure_threshold: int, cooldown_ms: int):
              # Your code here (an attribute named "status" would hide the status() method).
              pass

          def allow(self, now_ms: int) -> bool:
              # Your code here.
              pass

          def success(self) -> None:
              # Your code here.
              pass

          def failure(self, now_ms: int) -> None:
              # Your code here.
              pass

          def status(self) -> str:
              # Your code here.
              pass
    `,
  },
  examples: [
    calls(
      "trips, cools down, probes and closes",
      [
        ["new", 2, 1000],
        ["allow", 0],
        ["failure", 0],
        ["allow", 10],
        ["failure", 10],
        ["status"],
        ["allow", 500],
        ["allow", 1010],
        ["status"],
        ["allow", 1020],
        ["success"],
        ["status"],
        ["allow", 1030],
      ],
      [null, true, null, true, null, "open", false, true, "half-open", false, null, "closed", true],
    ),
  ],
  hiddenTests: [
    calls("starts closed", [["new", 5, 1000], ["status"], ["allow", 0]], [null, "closed", true]),
    calls(
      "a success resets the consecutive failures",
      [
        ["new", 3, 1000],
        ["failure", 0],
        ["failure", 0],
        ["success"],
        ["failure", 0],
        ["failure", 0],
        ["status"],
        ["failure", 0],
        ["status"],
      ],
      [null, null, null, null, null, null, "closed", null, "open"],
    ),
    calls(
      "a threshold of one",
      [["new", 1, 500], ["allow", 0], ["failure", 0], ["allow", 1], ["status"]],
      [null, true, null, false, "open"],
    ),
    calls(
      "a failed probe reopens with a new cool-down",
      [
        ["new", 1, 100],
        ["allow", 0],
        ["failure", 0],
        ["allow", 99],
        ["allow", 100],
        ["failure", 100],
        ["status"],
        ["allow", 150],
        ["allow", 199],
        ["allow", 200],
        ["status"],
      ],
      [null, true, null, false, true, null, "open", false, false, true, "half-open"],
    ),
    calls(
      "only one probe at a time",
      [
        ["new", 1, 100],
        ["allow", 0],
        ["failure", 0],
        ["allow", 100],
        ["allow", 100],
        ["allow", 101],
        ["success"],
        ["allow", 102],
        ["allow", 102],
      ],
      [null, true, null, true, false, false, null, true, true],
    ),
    calls(
      "late answers while open are ignored",
      [
        ["new", 1, 1000],
        ["allow", 0],
        ["allow", 0],
        ["failure", 0],
        ["success"],
        ["status"],
        ["failure", 500],
        ["allow", 999],
        ["allow", 1000],
      ],
      [null, true, true, null, null, "open", null, false, true],
    ),
    calls(
      "failures far apart still count",
      [["new", 2, 1000], ["failure", 0], ["failure", 100_000], ["status"]],
      [null, null, null, "open"],
    ),
    calls(
      "after closing, the count starts again",
      [
        ["new", 2, 100],
        ["failure", 0],
        ["failure", 0],
        ["allow", 100],
        ["success"],
        ["failure", 101],
        ["status"],
        ["failure", 102],
        ["status"],
      ],
      [null, null, null, true, null, null, "closed", null, "open"],
    ),
    calls(
      "status does not move an open circuit to half-open",
      [["new", 1, 100], ["failure", 0], ["status"], ["allow", 5000], ["status"]],
      [null, null, "open", true, "half-open"],
    ),
  ],
  referenceSolutions: {
    javascript: source`
      class CircuitBreaker {
        constructor(failureThreshold, cooldownMs) {
          this.failureThreshold = failureThreshold;
          this.cooldownMs = cooldownMs;
          this.state = "closed";
          this.failures = 0; // consecutive failures while closed
          this.openedAt = 0;
        }

        allow(nowMs) {
          if (this.state === "closed") return true;
          if (this.state === "half-open") return false; // the probe is in flight
          if (nowMs - this.openedAt < this.cooldownMs) return false; // open: fail fast
          this.state = "half-open"; // this call is the probe
          return true;
        }

        success() {
          if (this.state === "open") return; // a late answer
          this.state = "closed";
          this.failures = 0;
        }

        failure(nowMs) {
          if (this.state === "open") return; // already tripped
          if (this.state === "half-open" || ++this.failures >= this.failureThreshold) {
            this.state = "open";
            this.openedAt = nowMs;
            this.failures = 0;
          }
        }

        status() {
          return this.state;
        }
      }
    `,
    typescript: source`
      type BreakerState = "closed" | "open" | "half-open";

      class CircuitBreaker {
        private readonly failureThreshold: number;
        private readonly cooldownMs: number;
        private state: BreakerState = "closed";
        private failures = 0; // consecutive failures while closed
        private openedAt = 0;

        constructor(failureThreshold: number, cooldownMs: number) {
          this.failureThreshold = failureThreshold;
          this.cooldownMs = cooldownMs;
        }

        allow(nowMs: number): boolean {
          if (this.state === "closed") return true;
          if (this.state === "half-open") return false; // the probe is in flight
          if (nowMs - this.openedAt < this.cooldownMs) return false; // open: fail fast
          this.state = "half-open"; // this call is the probe
          return true;
        }

        success(): void {
          if (this.state === "open") return; // a late answer
          this.state = "closed";
          this.failures = 0;
        }

        failure(nowMs: number): void {
          if (this.state === "open") return; // already tripped
          if (this.state === "half-open" || ++this.failures >= this.failureThreshold) {
            this.state = "open";
            this.openedAt = nowMs;
            this.failures = 0;
          }
        }

        status(): BreakerState {
          return this.state;
        }
      }
    `,
    python: source`
      class CircuitBreaker:
          def __init__(self, failure_threshold: int, cooldown_ms: int):
              self.failure_threshold = failure_threshold
              self.cooldown_ms = cooldown_ms
              self.state = "closed"
              self.failures = 0  # consecutive failures while closed
              self.opened_at = 0

          def allow(self, now_ms: int) -> bool:
              if self.state == "closed":
                  return True
              if self.state == "half-open":
                  return False  # the probe is in flight
              if now_ms - self.opened_at < self.cooldown_ms:
                  return False  # open: fail fast
              self.state = "half-open"  # this call is the probe
              return True

          def success(self) -> None:
              if self.state == "open":
                  return  # a late answer
              self.state = "closed"
              self.failures = 0

          def failure(self, now_ms: int) -> None:
              if self.state == "open":
                  return  # already tripped
              if self.state == "closed":
                  self.failures += 1
                  if self.failures < self.failure_threshold:
                      return
              self.state = "open"
              self.opened_at = now_ms
              self.failures = 0

          def status(self) -> str:
              return self.state
    `,
  },
};

const MEDIAN_STREAM = range(201).map((i) => (i * 7919) % 1000);
const medianOf = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.slice((sorted.length - 1) >> 1, (sorted.length >> 1) + 1); // one or two values
  return middle.reduce((sum, value) => sum + value, 0) / middle.length;
};

const runningMedian: ExecutableSpec = {
  questionId: "code-s-running-median",
  kind: "class",
  entryPoint: entry("RunningMedian", "RunningMedian"),
  comparison: "float",
  starterCode: {
    javascript: source`
      /**
       * The median of the latencies added so far: add(latency) in O(log n), median() in O(1).
       * median() is the middle value for an odd count, the mean of the two middle values for an even
       * count, and null before the first add.
       * Executable: the tests construct new RunningMedian() and call add (returns nothing) and median;
       * numbers are compared within 1e-6.
       */
      class RunningMedian {
        constructor() {
          // Your code here.
        }

        add(latency) {
          // Your code here.
        }

        median() {
          // Your code here.
        }
      }
    `,
    typescript: source`
      /**
       * The median of the latencies added so far: add(latency) in O(log n), median() in O(1).
       * median() is the middle value for an odd count, the mean of the two middle values for an even
       * count, and null before the first add.
       * Executable: the tests construct new RunningMedian() and call add (returns nothing) and median;
       * numbers are compared within 1e-6.
       */
      class RunningMedian {
        constructor() {
          // Your code here.
        }

        add(latency: number): void {
          // Your code here.
        }

        median(): number | null {
          // Your code here.
        }
      }
    `,
    python: source`
      class RunningMedian:
          """The median of the latencies added so far: add(latency) in O(log n), median() in O(1).

          median() is the middle value for an odd count, the mean of the two middle values for an even
          count, and None before the first add.
          Executable: the tests construct RunningMedian() and call add (returns nothing) and median;
          numbers are compared within 1e-6.
          """

          def __init__(self):
              # Your code here.
              pass

          def add(self, latency: float) -> None:
              # Your code here.
              pass

          def median(self) -> float | None:
              # Your code here.
              pass
    `,
  },
  examples: [
    calls(
      "median after each add",
      [["new"], ["add", 1], ["median"], ["add", 3], ["median"], ["add", 2], ["median"]],
      [null, null, 1, null, 2, null, 2],
    ),
  ],
  hiddenTests: [
    calls("no latencies yet", [["new"], ["median"]], [null, null]),
    calls("a single latency", [["new"], ["add", 7], ["median"]], [null, null, 7]),
    calls("an even count averages", [["new"], ["add", 1], ["add", 2], ["median"]], [null, null, null, 1.5]),
    calls(
      "duplicates",
      [["new"], ["add", 5], ["add", 5], ["add", 5], ["add", 5], ["median"]],
      [null, null, null, null, null, 5],
    ),
    calls(
      "negative values",
      [["new"], ["add", -3], ["add", -1], ["add", -2], ["median"], ["add", -10], ["median"]],
      [null, null, null, null, -2, null, -2.5],
    ),
    calls(
      "a descending stream",
      [["new"], ...range(10).map((i): Call => ["add", 10 - i]), ["median"]],
      [null, ...range(10).map(() => null), 5.5],
    ),
    calls(
      "large values",
      [["new"], ["add", 1_000_000_000], ["add", 3_000_000_000], ["median"]],
      [null, null, null, 2_000_000_000],
    ),
    calls("fractional latencies", [["new"], ["add", 0.1], ["add", 0.2], ["median"]], [null, null, null, 0.15]),
    calls(
      "a median after every add",
      [["new"], ...[5, 15, 1, 3, 8, 7, 9, 10].flatMap((x): Call[] => [["add", x], ["median"]])],
      [null, ...[5, 15, 1, 3, 8, 7, 9, 10].flatMap((_, i, all) => [null, medianOf(all.slice(0, i + 1))])],
    ),
    calls(
      "two hundred and one latencies",
      [["new"], ...MEDIAN_STREAM.map((x): Call => ["add", x]), ["median"], ["add", 2000], ["median"]],
      [null, ...MEDIAN_STREAM.map(() => null), medianOf(MEDIAN_STREAM), null, medianOf([...MEDIAN_STREAM, 2000])],
    ),
  ],
  referenceSolutions: {
    javascript: program(
      MIN_HEAP_JS,
      source`
        class RunningMedian {
          constructor() {
            this.lower = new MinHeap((a, b) => a > b); // max-heap: the lower half
            this.upper = new MinHeap((a, b) => a < b); // min-heap: the upper half
          }

          add(latency) {
            const lowTop = this.lower.peek();
            if (lowTop === undefined || latency <= lowTop) this.lower.push(latency);
            else this.upper.push(latency);
            // rebalance: the lower half has as many values as the upper half, or one more
            if (this.lower.size > this.upper.size + 1) this.upper.push(this.lower.pop());
            else if (this.upper.size > this.lower.size) this.lower.push(this.upper.pop());
          }

          median() {
            if (this.lower.size === 0) return null;
            if (this.lower.size > this.upper.size) return this.lower.peek(); // odd count
            return (this.lower.peek() + this.upper.peek()) / 2; // even count
          }
        }
      `,
    ),
    typescript: program(
      MIN_HEAP_TS,
      source`
        class RunningMedian {
          private readonly lower = new MinHeap<number>((a, b) => a > b); // max-heap: the lower half
          private readonly upper = new MinHeap<number>((a, b) => a < b); // min-heap: the upper half

          add(latency: number): void {
            const lowTop = this.lower.peek();
            if (lowTop === undefined || latency <= lowTop) this.lower.push(latency);
            else this.upper.push(latency);
            // rebalance: the lower half has as many values as the upper half, or one more
            if (this.lower.size > this.upper.size + 1) this.moveTop(this.lower, this.upper);
            else if (this.upper.size > this.lower.size) this.moveTop(this.upper, this.lower);
          }

          median(): number | null {
            const low = this.lower.peek();
            if (low === undefined) return null;
            if (this.lower.size > this.upper.size) return low; // odd count
            return (low + (this.upper.peek() ?? low)) / 2; // even count
          }

          private moveTop(from: MinHeap<number>, to: MinHeap<number>): void {
            const top = from.pop();
            if (top !== undefined) to.push(top);
          }
        }
      `,
    ),
    python: source`
      import heapq


      class RunningMedian:
          def __init__(self):
              self.lower: list[float] = []  # max-heap of the lower half, stored negated
              self.upper: list[float] = []  # min-heap of the upper half

          def add(self, latency: float) -> None:
              if not self.lower or latency <= -self.lower[0]:
                  heapq.heappush(self.lower, -latency)
              else:
                  heapq.heappush(self.upper, latency)
              # rebalance: the lower half has as many values as the upper half, or one more
              if len(self.lower) > len(self.upper) + 1:
                  heapq.heappush(self.upper, -heapq.heappop(self.lower))
              elif len(self.upper) > len(self.lower):
                  heapq.heappush(self.lower, -heapq.heappop(self.upper))

          def median(self) -> float | None:
              if not self.lower:
                  return None
              if len(self.lower) > len(self.upper):
                  return -self.lower[0]  # odd count
              return (-self.lower[0] + self.upper[0]) / 2  # even count
    `,
  },
};

const CHAIN_EDGES = range(299).flatMap((i) => [
  [`svc${i}`, `svc${i + 1}`, 1],
  [`svc0`, `svc${i + 1}`, i + 2],
]);

const dijkstraLatency: ExecutableSpec = {
  questionId: "code-s-dijkstra-latency",
  kind: "function",
  entryPoint: entry("lowestLatencies", "lowest_latencies"),
  comparison: "float",
  starterCode: {
    javascript: source`
      /**
       * The lowest total latency from source to every service it can reach, as an object
       * { service: totalMs } that includes the source (0) and leaves unreachable services out.
       * edges are directed calls [from, to, latencyMs] with non-negative latencies.
       * Executable: the tests call lowestLatencies(edges, source); numbers are compared within 1e-6.
       */
      function lowestLatencies(edges, source) {
        // Your code here.
      }
    `,
    typescript: source`
      /**
       * The lowest total latency from source to every service it can reach, as an object
       * { service: totalMs } that includes the source (0) and leaves unreachable services out.
       * edges are directed calls [from, to, latencyMs] with non-negative latencies.
       * Executable: the tests call lowestLatencies(edges, source); numbers are compared within 1e-6.
       */
      function lowestLatencies(edges: Array<[string, string, number]>, source: string): Record<string, number> {
        // Your code here.
      }
    `,
    python: source`
      def lowest_latencies(edges: list[list], source: str) -> dict[str, float]:
          """The lowest total latency from source to every service it can reach.

          A dict {service: total_ms} that includes the source (0) and leaves unreachable services out.
          edges are directed calls [from, to, latency_ms] with non-negative latencies.
          Executable: the tests call lowest_latencies(edges, source); numbers are compared within 1e-6.
          """
          # Your code here.
          pass
    `,
  },
  examples: [
    test(
      "a cheaper path through another service",
      [
        [
          ["api", "auth", 5],
          ["api", "db", 20],
          ["auth", "db", 3],
        ],
        "api",
      ],
      { api: 0, auth: 5, db: 8 },
    ),
  ],
  hiddenTests: [
    test("no edges", [[], "a"], { a: 0 }),
    test(
      "unreachable services are left out",
      [
        [
          ["a", "b", 1],
          ["c", "d", 1],
        ],
        "a",
      ],
      { a: 0, b: 1 },
    ),
    test("edges are directed", [[["b", "a", 1]], "a"], { a: 0 }),
    test(
      "a self-loop is harmless",
      [
        [
          ["a", "a", 5],
          ["a", "b", 2],
        ],
        "a",
      ],
      { a: 0, b: 2 },
    ),
    test(
      "parallel edges keep the cheapest",
      [
        [
          ["a", "b", 10],
          ["a", "b", 3],
        ],
        "a",
      ],
      { a: 0, b: 3 },
    ),
    test(
      "zero latencies",
      [
        [
          ["a", "b", 0],
          ["b", "c", 0],
        ],
        "a",
      ],
      { a: 0, b: 0, c: 0 },
    ),
    test(
      "a cycle",
      [
        [
          ["a", "b", 1],
          ["b", "c", 1],
          ["c", "a", 1],
        ],
        "a",
      ],
      { a: 0, b: 1, c: 2 },
    ),
    test(
      "more hops can be cheaper",
      [
        [
          ["a", "d", 100],
          ["a", "b", 1],
          ["b", "c", 1],
          ["c", "d", 1],
        ],
        "a",
      ],
      { a: 0, b: 1, c: 2, d: 3 },
    ),
    test(
      "the first path found is not the best",
      [
        [
          ["s", "a", 1],
          ["s", "b", 4],
          ["a", "b", 2],
          ["b", "c", 1],
          ["a", "c", 7],
        ],
        "s",
      ],
      { s: 0, a: 1, b: 3, c: 4 },
    ),
    test(
      "fractional latencies",
      [
        [
          ["a", "b", 0.1],
          ["b", "c", 0.2],
        ],
        "a",
      ],
      { a: 0, b: 0.1, c: 0.3 },
    ),
    test("three hundred services", [CHAIN_EDGES, "svc0"], Object.fromEntries(range(300).map((i) => [`svc${i}`, i]))),
  ],
  referenceSolutions: {
    javascript: program(
      MIN_HEAP_JS,
      source`
        function lowestLatencies(edges, source) {
          const graph = new Map(); // service -> [{ to, latencyMs }]
          for (const [from, to, latencyMs] of edges) {
            if (!graph.has(from)) graph.set(from, []);
            graph.get(from).push({ to, latencyMs });
          }
          const dist = new Map([[source, 0]]);
          const heap = new MinHeap((a, b) => a[0] < b[0]); // [distance, service]
          heap.push([0, source]);
          while (heap.size > 0) {
            const [d, service] = heap.pop();
            if (d > dist.get(service)) continue; // stale entry: already settled closer
            for (const { to, latencyMs } of graph.get(service) || []) {
              const candidate = d + latencyMs;
              if (!dist.has(to) || candidate < dist.get(to)) {
                dist.set(to, candidate); // relax the edge
                heap.push([candidate, to]);
              }
            }
          }
          return Object.fromEntries(dist);
        }
      `,
    ),
    typescript: program(
      MIN_HEAP_TS,
      source`
        function lowestLatencies(edges: Array<[string, string, number]>, source: string): Record<string, number> {
          const graph = new Map<string, Array<{ to: string; latencyMs: number }>>();
          for (const [from, to, latencyMs] of edges) {
            const out = graph.get(from) ?? [];
            out.push({ to, latencyMs });
            graph.set(from, out);
          }
          const dist = new Map<string, number>([[source, 0]]);
          const heap = new MinHeap<[number, string]>((a, b) => a[0] < b[0]); // [distance, service]
          heap.push([0, source]);
          for (let entry = heap.pop(); entry !== undefined; entry = heap.pop()) {
            const [d, service] = entry;
            if (d > (dist.get(service) ?? Infinity)) continue; // stale entry: already settled closer
            for (const { to, latencyMs } of graph.get(service) ?? []) {
              const candidate = d + latencyMs;
              if (candidate < (dist.get(to) ?? Infinity)) {
                dist.set(to, candidate); // relax the edge
                heap.push([candidate, to]);
              }
            }
          }
          return Object.fromEntries(dist);
        }
      `,
    ),
    python: source`
      import heapq


      def lowest_latencies(edges: list[list], source: str) -> dict[str, float]:
          graph: dict[str, list[tuple[str, float]]] = {}
          for frm, to, latency in edges:
              graph.setdefault(frm, []).append((to, latency))
          dist = {source: 0}
          heap = [(0, source)]
          while heap:
              d, service = heapq.heappop(heap)
              if d > dist[service]:
                  continue  # stale entry: already settled closer
              for to, latency in graph.get(service, []):
                  candidate = d + latency
                  if to not in dist or candidate < dist[to]:
                      dist[to] = candidate  # relax the edge
                      heapq.heappush(heap, (candidate, to))
          return dist
    `,
  },
};

const kvTransactions: ExecutableSpec = {
  questionId: "code-s-kv-transactions",
  kind: "class",
  entryPoint: entry("TransactionalStore", "TransactionalStore"),
  comparison: "exact",
  starterCode: {
    javascript: source`
      /**
       * An in-memory key-value store with nested transactions.
       * - get(key) returns the value, or null when the key is missing or deleted.
       * - set(key, value) and delete(key) write to the innermost open transaction, or to the store.
       * - begin() opens a transaction inside the current one.
       * - rollback() discards the innermost transaction; commit() applies it to its parent (or to the
       *   store at the top level). Both return true, or false when no transaction is open.
       * Executable: the tests construct new TransactionalStore() and call these methods; set, delete
       * and begin return nothing.
       */
      class TransactionalStore {
        constructor() {
          // Your code here.
        }

        get(key) {
          // Your code here.
        }

        set(key, value) {
          // Your code here.
        }

        delete(key) {
          // Your code here.
        }

        begin() {
          // Your code here.
        }

        rollback() {
          // Your code here.
        }

        commit() {
          // Your code here.
        }
      }
    `,
    typescript: source`
      /**
       * An in-memory key-value store with nested transactions.
       * - get(key) returns the value, or null when the key is missing or deleted.
       * - set(key, value) and delete(key) write to the innermost open transaction, or to the store.
       * - begin() opens a transaction inside the current one.
       * - rollback() discards the innermost transaction; commit() applies it to its parent (or to the
       *   store at the top level). Both return true, or false when no transaction is open.
       * Executable: the tests construct new TransactionalStore() and call these methods; set, delete
       * and begin return nothing.
       */
      class TransactionalStore {
        constructor() {
          // Your code here.
        }

        get(key: string): string | null {
          // Your code here.
        }

        set(key: string, value: string): void {
          // Your code here.
        }

        delete(key: string): void {
          // Your code here.
        }

        begin(): void {
          // Your code here.
        }

        rollback(): boolean {
          // Your code here.
        }

        commit(): boolean {
          // Your code here.
        }
      }
    `,
    python: source`
      class TransactionalStore:
          """An in-memory key-value store with nested transactions.

          - get(key) returns the value, or None when the key is missing or deleted.
          - set(key, value) and delete(key) write to the innermost open transaction, or to the store.
          - begin() opens a transaction inside the current one.
          - rollback() discards the innermost transaction; commit() applies it to its parent (or to the
            store at the top level). Both return True, or False when no transaction is open.
          Executable: the tests construct TransactionalStore() and call these methods; set, delete and
          begin return nothing.
          """

          def __init__(self):
              # Your code here.
              pass

          def get(self, key: str) -> str | None:
              # Your code here.
              pass

          def set(self, key: str, value: str) -> None:
              # Your code here.
              pass

          def delete(self, key: str) -> None:
              # Your code here.
              pass

          def begin(self) -> None:
              # Your code here.
              pass

          def rollback(self) -> bool:
              # Your code here.
              pass

          def commit(self) -> bool:
              # Your code here.
              pass
    `,
  },
  examples: [
    calls(
      "rollback restores the old value",
      [["new"], ["set", "a", "1"], ["begin"], ["set", "a", "2"], ["get", "a"], ["rollback"], ["get", "a"]],
      [null, null, null, null, "2", true, "1"],
    ),
  ],
  hiddenTests: [
    calls("a missing key", [["new"], ["get", "nope"]], [null, null]),
    calls(
      "set and delete without a transaction",
      [
        ["new"],
        ["set", "a", "x"],
        ["get", "a"],
        ["delete", "a"],
        ["get", "a"],
        ["delete", "never-set"],
        ["get", "never-set"],
      ],
      [null, null, "x", null, null, null, null],
    ),
    calls("rollback and commit need a transaction", [["new"], ["rollback"], ["commit"]], [null, false, false]),
    calls(
      "commit applies to the store",
      [["new"], ["begin"], ["set", "a", "1"], ["commit"], ["get", "a"], ["rollback"], ["get", "a"]],
      [null, null, null, true, "1", false, "1"],
    ),
    calls(
      "an outer rollback undoes a nested commit",
      [
        ["new"],
        ["set", "a", "0"],
        ["begin"],
        ["set", "a", "1"],
        ["begin"],
        ["set", "a", "2"],
        ["commit"],
        ["get", "a"],
        ["rollback"],
        ["get", "a"],
      ],
      [null, null, null, null, null, null, true, "2", true, "0"],
    ),
    calls(
      "a delete inside a transaction hides the old value until rollback",
      [["new"], ["set", "a", "1"], ["begin"], ["delete", "a"], ["get", "a"], ["rollback"], ["get", "a"]],
      [null, null, null, null, null, true, "1"],
    ),
    calls(
      "a nested delete survives two commits",
      [
        ["new"],
        ["set", "a", "1"],
        ["begin"],
        ["begin"],
        ["delete", "a"],
        ["commit"],
        ["get", "a"],
        ["commit"],
        ["get", "a"],
      ],
      [null, null, null, null, null, true, null, true, null],
    ),
    calls(
      "set then delete in one transaction",
      [["new"], ["begin"], ["set", "b", "1"], ["delete", "b"], ["commit"], ["get", "b"]],
      [null, null, null, null, true, null],
    ),
    calls(
      "delete then set in one transaction",
      [["new"], ["set", "a", "1"], ["begin"], ["delete", "a"], ["set", "a", "2"], ["commit"], ["get", "a"]],
      [null, null, null, null, null, true, "2"],
    ),
    calls(
      "an inner rollback keeps the outer changes",
      [
        ["new"],
        ["begin"],
        ["set", "a", "1"],
        ["begin"],
        ["set", "a", "2"],
        ["set", "b", "3"],
        ["rollback"],
        ["get", "a"],
        ["get", "b"],
        ["commit"],
        ["get", "a"],
        ["commit"],
      ],
      [null, null, null, null, null, null, true, "1", null, true, "1", false],
    ),
    calls(
      "a hundred writes rolled back",
      [
        ["new"],
        ["set", "k0", "kept"],
        ["begin"],
        ...range(100).map((i): Call => ["set", `k${i}`, `v${i}`]),
        ["get", "k99"],
        ["rollback"],
        ["get", "k0"],
        ["get", "k99"],
      ],
      [null, null, null, ...range(100).map(() => null), "v99", true, "kept", null],
    ),
  ],
  referenceSolutions: {
    javascript: source`
      const DELETED = Symbol("deleted"); // tombstone: hides a parent's value

      class TransactionalStore {
        constructor() {
          this.store = new Map();
          this.layers = []; // open transactions, innermost last; each holds only its changes
        }

        get(key) {
          for (let i = this.layers.length - 1; i >= 0; i--) {
            if (this.layers[i].has(key)) {
              const value = this.layers[i].get(key);
              return value === DELETED ? null : value;
            }
          }
          return this.store.has(key) ? this.store.get(key) : null;
        }

        set(key, value) {
          this.write(key, value);
        }

        delete(key) {
          this.write(key, DELETED);
        }

        begin() {
          this.layers.push(new Map());
        }

        rollback() {
          return this.layers.pop() !== undefined;
        }

        commit() {
          const top = this.layers.pop();
          if (top === undefined) return false;
          for (const [key, value] of top) this.write(key, value); // into the parent, or the store
          return true;
        }

        write(key, value) {
          const top = this.layers[this.layers.length - 1];
          if (top) top.set(key, value);
          else if (value === DELETED) this.store.delete(key);
          else this.store.set(key, value);
        }
      }
    `,
    typescript: source`
      const DELETED = Symbol("deleted"); // tombstone: hides a parent's value
      type Layer = Map<string, string | typeof DELETED>;

      class TransactionalStore {
        private readonly store = new Map<string, string>();
        private readonly layers: Layer[] = []; // open transactions, innermost last; each holds only its changes

        get(key: string): string | null {
          for (let i = this.layers.length - 1; i >= 0; i--) {
            const value = this.layers[i].get(key);
            if (value === DELETED) return null;
            if (value !== undefined) return value;
          }
          return this.store.get(key) ?? null;
        }

        set(key: string, value: string): void {
          this.write(key, value);
        }

        delete(key: string): void {
          this.write(key, DELETED);
        }

        begin(): void {
          this.layers.push(new Map());
        }

        rollback(): boolean {
          return this.layers.pop() !== undefined;
        }

        commit(): boolean {
          const top = this.layers.pop();
          if (top === undefined) return false;
          for (const [key, value] of top) this.write(key, value); // into the parent, or the store
          return true;
        }

        private write(key: string, value: string | typeof DELETED): void {
          const top = this.layers[this.layers.length - 1];
          if (top) top.set(key, value);
          else if (value === DELETED) this.store.delete(key);
          else this.store.set(key, value);
        }
      }
    `,
    python: source`
      _DELETED = object()  # tombstone: hides a parent's value


      class TransactionalStore:
          def __init__(self):
              self.store: dict[str, str] = {}
              self.layers: list[dict] = []  # open transactions, innermost last; each holds only its changes

          def get(self, key: str) -> str | None:
              for layer in reversed(self.layers):
                  if key in layer:
                      value = layer[key]
                      return None if value is _DELETED else value
              return self.store.get(key)

          def set(self, key: str, value: str) -> None:
              self._write(key, value)

          def delete(self, key: str) -> None:
              self._write(key, _DELETED)

          def begin(self) -> None:
              self.layers.append({})

          def rollback(self) -> bool:
              if not self.layers:
                  return False
              self.layers.pop()
              return True

          def commit(self) -> bool:
              if not self.layers:
                  return False
              for key, value in self.layers.pop().items():
                  self._write(key, value)  # into the parent, or the store
              return True

          def _write(self, key: str, value) -> None:
              if self.layers:
                  self.layers[-1][key] = value
              elif value is _DELETED:
                  self.store.pop(key, None)
              else:
                  self.store[key] = value
    `,
  },
};

// ------------------------------------------------------------------------------------------- exports

/** Every executable coding question of the bank. */
export const CODING_EXECUTABLE_SPECS: readonly ExecutableSpec[] = [
  twoSum,
  palindrome,
  countWords,
  reverseLinkedList,
  validParentheses,
  mergeSorted,
  fetchRetry,
  binarySearch,
  dedupeEmails,
  groupAnagrams,
  fibonacci,
  stockProfit,
  logErrorCount,
  lruCache,
  rateLimiter,
  mergeIntervals,
  topKStream,
  dataLoader,
  graphDependencies,
  parseLogs,
  concurrencyLimit,
  jsonDiff,
  slidingWindowMax,
  gridShortestPath,
  shipWithinDays,
  debounceThrottle,
  threeSum,
  eventEmitter,
  longestUniqueSubstring,
  consistentHashing,
  loadingCache,
  schedulerHeap,
  streamingMerge,
  trieAutocomplete,
  circuitBreaker,
  runningMedian,
  dijkstraLatency,
  kvTransactions,
];

/**
 * Coding questions whose answer needs real infrastructure: no test in a pure sandbox would check what
 * the question asks, so they stay graded by reading (and the UI says so). questionId -> why.
 */
export const NOT_EXECUTABLE: Readonly<Record<string, string>> = {
  "code-s-rate-limit-distributed":
    "Needs Redis: the answer is a Lua script that Redis runs atomically for requests from many servers, and that atomicity under concurrency is what the question checks; a single-process sandbox has no Redis and cannot show the race.",
  "code-s-idempotent-consumer":
    "Needs PostgreSQL and a message broker: the answer is a database transaction that records the event id and applies the payment together, acknowledged only after the commit; an in-memory fake would test a set, not the transaction, the crash window or the redelivery.",
};

const specsById = new Map(CODING_EXECUTABLE_SPECS.map((spec) => [spec.questionId, spec]));
// Interviews stored before a question was renamed carry its former id.
for (const question of CODING_QUESTIONS) {
  const spec = specsById.get(question.id);
  if (spec) for (const formerId of question.formerIds) specsById.set(formerId, spec);
}

/** The executable spec of a coding question (by id or former id), or undefined when it is graded by reading. */
export function findExecutableSpec(questionId: string): ExecutableSpec | undefined {
  return specsById.get(questionId);
}
