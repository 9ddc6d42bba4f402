// Coding questions, asked in the plan's language ({language}). An answer may be prose, code or both:
// code is read as words too ("seen.get(complement)" gives "seen", "get", "complement"), so each key
// point lists the phrasings a candidate says out loud and the identifiers a correct solution contains.
// Model answers are written in TypeScript, the bank's reference language.
import { point, questionsFor, wrong } from "./bank-question.ts";

// Keeps the Markdown code fences out of the template literals below.
const FENCE = "```";

export const CODING_QUESTIONS = questionsFor("coding", [
  // junior
  {
    id: "code-j-two-sum",
    difficulty: "junior",
    text: "In {language}, write a function that returns the indices of two numbers in an array that add up to a target. Explain your approach.",
    keyPoints: [
      point(
        "a hash map from each seen value to its index",
        "hash map",
        "hashmap",
        "dictionary",
        "map value index",
        "map number index",
        "seen map",
        "seen get",
        "seen set",
        "map lookup",
        "dict",
      ),
      point(
        "one pass, looking up the complement (target minus the current value)",
        "complement",
        "target minus",
        "target minus current",
        "one pass",
        "single pass",
        "look up difference",
        "need target",
      ),
      point(
        "O(n) time and O(n) space, versus O(n²) for nested loops",
        "o n time",
        "linear time",
        "time o n",
        "o n space",
        "linear space",
        "o 1 lookup",
      ),
      point(
        "edge cases: no pair, duplicate values, not reusing one element",
        "pair missing",
        "return null",
        "return empty",
        "duplicate values",
        "same element twice",
        "same index twice",
        "empty array",
        "throw error pair",
      ),
    ],
    wrong: [
      wrong(
        "Nested loops over every pair are the optimal solution",
        "Nested loops are O(n²); a hash map of seen values finds the pair in one O(n) pass.",
        "nested loops optimal",
        "brute force optimal",
        "o n squared optimal",
        "quadratic optimal",
      ),
      wrong(
        "JavaScript sorts numbers in O(n)",
        "Array.prototype.sort is a comparison sort (TimSort in V8), O(n log n); no engine switches to counting sort.",
        "counting sort numbers",
        "engine counting sort",
        "javascript sort linear",
      ),
      wrong(
        "Sorting the array keeps the original indices, so sort plus two pointers answers it",
        "Sorting moves the elements, so the pointer positions are not the original indices unless you sort (value, index) pairs, and it costs O(n log n).",
        "sort keep original indices",
        "sort preserve indices",
        "sort return original indices",
      ),
    ],
    modelAnswer: `I walk the array once and keep a hash map from each value I have already seen to its index. For every number I compute the complement, target minus the current value, and look it up in the map. If it is there I return both indices; otherwise I store the current value and move on. Checking before storing means an element never pairs with itself.

${FENCE}ts
function twoSum(nums: number[], target: number): [number, number] | null {
  const seen = new Map<number, number>(); // value -> index
  for (const [i, value] of nums.entries()) {
    const complement = target - value;
    const j = seen.get(complement);
    if (j !== undefined) return [j, i];
    seen.set(value, i);
  }
  return null;
}
${FENCE}

This is O(n) time, because each map lookup is O(1) on average, and O(n) space for the map; the brute force with nested loops is O(n²). Edge cases: an empty array or a missing pair returns null, duplicate values such as [3, 3] with target 6 work because the first 3 is already stored when the second arrives, and negative numbers need nothing special. I would test exactly those inputs.`,
    outline: [
      "Brute force is O(n²)",
      "One pass: for each x look up target - x in a map of value → index",
      "O(n) time, O(n) space",
      "Handle a missing pair and duplicates",
    ],
  },
  {
    id: "code-j-palindrome",
    formerIds: ["code-j-fizzbuzz-tests"],
    difficulty: "junior",
    text: "Write a function in {language} that checks whether a string is a palindrome, ignoring case and non-alphanumeric characters. How would you test it?",
    keyPoints: [
      point(
        "normalise: ignore case and skip non-alphanumeric characters",
        "lowercase",
        "lower case",
        "to lower case",
        "ignore case",
        "alphanumeric",
        "skip punctuation",
        "regex replace",
        "isalnum",
      ),
      point(
        "two pointers moving inward (or compare with the reverse)",
        "two pointers",
        "left right",
        "start end",
        "move inward",
        "left pointer",
        "compare reverse",
        "reversed string",
      ),
      point(
        "O(n) time, O(1) extra space with pointers",
        "o n time",
        "linear time",
        "o 1 space",
        "constant space",
        "constant extra",
      ),
      point(
        "tests: empty string, one character, punctuation, mixed case",
        "empty string",
        "single character",
        "unit test",
        "test case",
        "mixed case",
        "punctuation only",
        "expect true",
        "expect false",
      ),
    ],
    wrong: [
      wrong(
        "An empty string is not a palindrome",
        "An empty string (or one with only punctuation) reads the same both ways, so it is a palindrome.",
        "not empty string palindrome",
        "empty string false",
        "empty string return false",
      ),
      wrong(
        "Comparing with the reversed string needs only constant extra space",
        "Reversing builds a new string, so it needs O(n) extra space; only the two-pointer scan is O(1).",
        "reverse constant space",
        "reverse o 1 space",
        "reversing is free",
      ),
    ],
    modelAnswer: `I use two pointers, left at the start and right at the end, and move them inward. Each pointer skips characters that are not alphanumeric, and I compare the two characters after converting them to lower case; the first mismatch means it is not a palindrome.

${FENCE}ts
const isAlphanumeric = (ch: string) => /[a-z0-9]/i.test(ch);

function isPalindrome(s: string): boolean {
  let left = 0;
  let right = s.length - 1;
  while (left < right) {
    if (!isAlphanumeric(s[left])) { left++; continue; }
    if (!isAlphanumeric(s[right])) { right--; continue; }
    if (s[left].toLowerCase() !== s[right].toLowerCase()) return false;
    left++;
    right--;
  }
  return true;
}

// Tests
expect(isPalindrome("")).toBe(true);
expect(isPalindrome("a")).toBe(true);
expect(isPalindrome("A man, a plan, a canal: Panama")).toBe(true);
expect(isPalindrome("race a car")).toBe(false);
expect(isPalindrome(".,!")).toBe(true);
${FENCE}

It runs in O(n) time with O(1) extra space, since each pointer crosses the string once. Cleaning the string with a regex and comparing it to its reversed copy is shorter but allocates new strings. My test cases: the empty string and a single character are palindromes, punctuation only, mixed case like "Aa", an even and an odd length palindrome, and a clear negative case.`,
    outline: [
      "Normalise: lower case, skip non-alphanumerics",
      "Two pointers moving inward (or compare with the reverse)",
      "O(n) time, O(1) extra with pointers",
      "Tests: empty, one char, punctuation, mixed case",
    ],
  },
  {
    id: "code-j-count-words",
    difficulty: "junior",
    text: "In {language}, given a large text, return the 10 most frequent words. Describe the data structures you use.",
    keyPoints: [
      point(
        "count words in a hash map",
        "hash map count",
        "count map",
        "word count",
        "counter",
        "counts get",
        "frequency map",
        "dictionary count",
        "increment count",
      ),
      point(
        "tokenise and normalise: lower case, strip punctuation",
        "lowercase",
        "to lower case",
        "split words",
        "strip punctuation",
        "regex match",
        "normalize words",
        "tokenize",
      ),
      point(
        "select the top 10: sort by count or a size-k min-heap",
        "sort by count",
        "sort count descending",
        "min heap",
        "heap size k",
        "priority queue",
        "top k",
        "slice 0 10",
        "sort b a",
      ),
      point(
        "complexity: O(n) counting plus O(m log m) sort or O(m log k) heap",
        "o n time",
        "linear time",
        "sort distinct log",
        "n log n",
        "m log k",
        "n log k",
      ),
    ],
    wrong: [
      wrong(
        "The hash map is already ordered by count, so you just take the first 10 entries",
        "A hash map is ordered by insertion (or not at all), never by value; you must sort or use a heap.",
        "map ordered count",
        "map ordered frequency",
      ),
      wrong(
        "Keep a max-heap of size k to hold the top k",
        "A bounded top-k needs a min-heap, so the smallest of the current top k can be evicted; a max-heap works only over all words.",
        "max heap size k",
        "size k max heap",
      ),
    ],
    modelAnswer: `First I normalise and tokenise: convert the text to lower case and match runs of letters, so punctuation is stripped. Then I count each word in a hash map from word to count, and finally sort the distinct words by count descending and take the first 10.

${FENCE}ts
function topWords(text: string, k = 10): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[a-z']+/g) ?? []) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, k);
}
${FENCE}

Counting is O(n) time in the length of the text, and sorting the m distinct words costs O(m log m). When m is large, a min heap of size k gives O(m log k) instead: push each word and pop the smallest once the heap holds more than k. Edge cases: empty text returns an empty list, ties need a rule such as alphabetical order, and apostrophes or Unicode letters need a deliberate choice in the regex. For a text too large for memory I would stream it line by line and keep only the counts.`,
    outline: [
      "Normalise and split into words",
      "Count in a hash map",
      "Top-k via sort (O(m log m)) or a size-k min-heap (O(m log k))",
      "Stream the input when it is huge",
    ],
  },
  {
    id: "code-j-reverse-linked-list",
    difficulty: "junior",
    text: "Reverse a singly linked list in {language}. Walk me through the pointer updates.",
    keyPoints: [
      point(
        "iterative prev / current pointers",
        "prev curr",
        "previous current",
        "prev pointer",
        "curr next prev",
        "next prev",
        "three pointers",
        "previous node",
      ),
      point(
        "save next before rewiring so the rest of the list isn't lost",
        "save next",
        "store next",
        "keep next",
        "temp next",
        "remember next",
        "saved curr next",
      ),
      point("O(n) time, O(1) space, in place", "o n time", "linear time", "o 1 space", "constant space", "in place"),
      point(
        "edge cases: empty list, single node",
        "empty list",
        "single node",
        "one node",
        "null head",
        "head null",
        "return prev",
      ),
    ],
    wrong: [
      wrong(
        "The recursive version is also O(1) space",
        "Recursion keeps one stack frame per node, so it is O(n) space and can overflow the stack on long lists.",
        "recursive constant space",
        "recursion o 1 space",
        "recursion constant space",
      ),
      wrong(
        "Swapping the head and tail reverses the list",
        "Every next pointer has to be flipped; swapping the ends only exchanges two nodes.",
        "swap head tail",
        "swap first last",
      ),
    ],
    modelAnswer: `I walk the list once with two pointers: prev, which starts as null, and curr, which starts at the head. For each node I first save its next node in a temporary, because once I rewire the pointer the rest of the list would be lost. Then I point curr.next back to prev, move prev to curr, and move curr to the saved next. When curr becomes null, prev is the new head.

${FENCE}ts
class ListNode<T> {
  constructor(public value: T, public next: ListNode<T> | null = null) {}
}

function reverse<T>(head: ListNode<T> | null): ListNode<T> | null {
  let prev: ListNode<T> | null = null;
  let curr = head;
  while (curr !== null) {
    const saved = curr.next; // save next before rewiring
    curr.next = prev;
    prev = curr;
    curr = saved;
  }
  return prev;
}
${FENCE}

This is O(n) time and O(1) space, since it reverses in place. Edge cases: an empty list (head is null) returns null, and a single node returns itself; both fall out of the loop. A recursive version works too but uses O(n) call stack, which can overflow on a long list.`,
    outline: [
      "prev = null, curr = head",
      "Save next, point curr.next to prev, advance both",
      "Return prev; O(n) time, O(1) space",
      "Empty and single-node lists",
    ],
  },
  {
    id: "code-j-valid-parentheses",
    difficulty: "junior",
    text: "In {language}, check whether a string of parentheses and brackets like '([]{})' is balanced.",
    keyPoints: [
      point(
        "a stack of open brackets",
        "stack push",
        "push open",
        "stack of open",
        "stack pop",
        "use stack",
        "openers stack",
      ),
      point(
        "each closer must match the opener on top of the stack",
        "match top",
        "pop compare",
        "pop pairs",
        "top of stack",
        "pop matching",
        "last opener match",
        "pairs map",
      ),
      point(
        "edge cases: leftover openers, a closer on an empty stack",
        "stack empty end",
        "empty at end",
        "stack length 0",
        "leftover open",
        "unclosed",
        "pop empty stack",
        "closer empty stack",
      ),
      point(
        "O(n) time, O(n) space for the stack",
        "o n time",
        "linear time",
        "o n space",
        "linear space",
        "single pass",
      ),
    ],
    wrong: [
      wrong(
        "Counting opening and closing brackets is enough",
        "Equal counts accept '([)]' and ')('; only a stack checks that brackets close in the right order.",
        "count open close enough",
        "counter enough",
        "equal counts balanced",
        "counts match balanced",
        "not need stack",
      ),
      wrong(
        "The stack approach uses constant space",
        "In the worst case ('((((') every character is pushed, so the stack is O(n).",
        "stack constant space",
        "stack o 1 space",
      ),
    ],
    modelAnswer: `I scan the string once and push every opening bracket on a stack. When I see a closing bracket, I pop the top of the stack and check that it is the matching opener; a mismatch, or a closer when the stack is empty, means unbalanced. At the end the stack must be empty, otherwise some openers were never closed.

${FENCE}ts
const pairs: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

function isBalanced(s: string): boolean {
  const stack: string[] = [];
  for (const ch of s) {
    if (ch === "(" || ch === "[" || ch === "{") {
      stack.push(ch);
    } else if (ch in pairs) {
      if (stack.pop() !== pairs[ch]) return false; // also catches a closer on an empty stack
    }
  }
  return stack.length === 0;
}
${FENCE}

It is O(n) time in one pass and O(n) space, because a string like "((((" pushes every character. Edge cases: the empty string is balanced, "(" leaves an unclosed opener, ")" pops an empty stack, and "([)]" fails the match even though the counts are equal. Other characters are ignored here; I would ask whether they should be rejected instead.`,
    outline: [
      "Push openers on a stack",
      "On a closer, pop and check it matches",
      "Balanced iff the stack is empty at the end",
      "O(n) time and space",
    ],
  },
  {
    id: "code-j-merge-sorted",
    difficulty: "junior",
    text: "Merge two sorted arrays into one sorted array in {language} without using a built-in sort.",
    keyPoints: [
      point(
        "two indices, always taking the smaller head",
        "two pointers",
        "two indices",
        "take smaller",
        "smaller element",
        "compare heads",
        "smaller head",
        "i j push",
      ),
      point(
        "append whatever remains of the other array",
        "remaining elements",
        "append rest",
        "leftover",
        "rest of",
        "remaining",
        "push slice",
      ),
      point("O(n + m) time, linear", "o n m", "n plus m", "linear time", "o n m time", "single pass"),
      point(
        "edge cases: empty arrays, different lengths, duplicates",
        "empty array",
        "different lengths",
        "duplicates",
        "stable",
        "equal elements",
        "ties stable",
      ),
    ],
    wrong: [
      wrong(
        "Concatenating and sorting is just as fast as merging",
        "Concatenate-and-sort costs O((n + m) log(n + m)); the merge is linear and uses the fact that both inputs are sorted.",
        "concatenate sort linear",
        "concat sort as fast",
        "concatenate sort as fast",
      ),
      wrong(
        "The merge needs only constant extra space",
        "Merging two arrays into a new one needs O(n + m) space for the output.",
        "merge constant space",
        "merge o 1 space",
      ),
    ],
    modelAnswer: `I keep two indices, i into the first array and j into the second, and repeatedly compare the two heads, pushing the smaller element to the output and advancing that index. Using less or equal takes from the first array on ties, which keeps the merge stable. When one array runs out, I append the remaining elements of the other in one go.

${FENCE}ts
function mergeSorted(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] <= b[j]) out.push(a[i++]);
    else out.push(b[j++]);
  }
  // one array is exhausted: append the rest of the other
  out.push(...a.slice(i), ...b.slice(j));
  return out;
}
${FENCE}

Time is O(n + m), linear in the total length, and the output takes O(n + m) space. Concatenating and sorting would cost (n + m) log(n + m) and ignores that the inputs are already sorted. Edge cases: either array empty, very different lengths, duplicates across both arrays, and negative numbers; for huge inputs I would push in a loop instead of spreading a large slice.`,
    outline: [
      "Indices i, j; append the smaller head each step",
      "Append what remains of either array",
      "O(n + m) time",
      "Empty arrays, duplicates",
    ],
  },
  {
    id: "code-j-fetch-retry",
    difficulty: "junior",
    text: "In {language}, write a helper that calls an HTTP API and retries up to 3 times on failure. What should it retry and what not?",
    keyPoints: [
      point(
        "a loop with a maximum number of attempts",
        "retry loop",
        "max attempts",
        "attempt counter",
        "for attempt",
        "attempts limit",
        "three attempts",
        "retry up 3",
      ),
      point(
        "exponential backoff with jitter between attempts",
        "exponential backoff",
        "backoff",
        "jitter",
        "backoff delay",
        "sleep between attempts",
        "wait between attempts",
        "delay doubles",
      ),
      point(
        "retry only transient failures: network errors, timeouts, 429, 5xx",
        "retry 5xx",
        "retry 503",
        "retry timeout",
        "network error retry",
        "transient errors",
        "status 500",
        "429",
        "not retry 4xx",
      ),
      point(
        "a timeout on every attempt",
        "abort signal timeout",
        "per attempt timeout",
        "request timeout",
        "timeout each attempt",
        "abort controller",
      ),
    ],
    wrong: [
      wrong(
        "Retry every failure, including 400 and 401 responses",
        "A 4xx means the request itself is wrong or unauthorised; repeating it cannot succeed and only adds load.",
        "retry every error",
        "retry client errors",
        "retry 400",
        "retry 401",
      ),
      wrong(
        "Retry immediately in a tight loop",
        "Immediate retries hammer a struggling server; wait with exponential backoff plus jitter so clients spread out.",
        "retry immediately fine",
        "retry straight away",
        "retry tight loop fine",
        "retry immediately tight loop",
      ),
      wrong(
        "Retrying a POST is always safe",
        "A POST may have succeeded before the failure was seen; retry it only with an idempotency key the server deduplicates.",
        "post always safe",
        "retry post safe",
        "every method safe",
      ),
    ],
    modelAnswer: `The helper is a loop with max attempts set to 3. Each attempt gets its own timeout through an abort signal, so one hung connection cannot block forever. I retry only transient errors: network errors, timeouts, 429 and 5xx responses such as 503. I give up at once on 4xx client errors like 400 or 404, because repeating a bad request cannot succeed. Between attempts I sleep with exponential backoff and full jitter, so many clients do not come back at the same moment.

${FENCE}ts
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const isTransient = (status: number) => status === 429 || status >= 500;

async function fetchWithRetry(url: string, init: RequestInit = {}, maxAttempts = 3): Promise<Response> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    try {
      const res = await fetch(url, { ...init, signal: AbortSignal.timeout(5000) });
      if (!isTransient(res.status)) return res; // success or a 4xx the caller must handle
      lastError = new Error("HTTP " + res.status);
    } catch (error) {
      lastError = error; // network error or timeout
    }
    if (attempt < maxAttempts) await sleep(Math.random() * 200 * 2 ** attempt); // backoff with jitter
  }
  throw lastError;
}
${FENCE}

The total wait stays bounded, and the last error surfaces to the caller. POST requests get retried only with an idempotency key, and a Retry-After header on 429 should override the computed delay.`,
    outline: [
      "Loop with an attempt counter (max 3)",
      "Retry only network errors, timeouts, 429/5xx — not 4xx",
      "Exponential backoff with jitter",
      "Per-attempt timeout; surface the last error",
    ],
  },
  {
    id: "code-j-binary-search",
    difficulty: "junior",
    text: "Implement binary search over a sorted array in {language} and explain why it is O(log n).",
    keyPoints: [
      point(
        "low / high bounds and a midpoint",
        "low high mid",
        "lo hi mid",
        "left right mid",
        "middle index",
        "mid index",
        "math floor",
        "midpoint",
        "middle element",
      ),
      point(
        "discard half of the range each step",
        "discard half",
        "halve search space",
        "half range",
        "lo mid 1",
        "hi mid 1",
        "half each step",
        "eliminate half",
        "halve range",
        "left right half",
      ),
      point("O(log n) because the range halves", "o log n", "log n time", "logarithmic", "log 2 n", "halving log"),
      point(
        "edge cases: off-by-one bounds, termination, overflow, missing target",
        "overflow",
        "infinite loop",
        "inclusive bounds",
        "loop condition",
        "empty array",
        "target missing",
        "return minus 1",
      ),
    ],
    wrong: [
      wrong(
        "Binary search also works on unsorted input",
        "Discarding half is only valid because the array is sorted; on unsorted data it misses elements.",
        "works unsorted",
        "not need sorted",
        "unsorted fine",
        "not require sorted",
      ),
      wrong(
        "Binary search is linear in the worst case",
        "Even in the worst case the range halves every step, so it takes about log2(n) + 1 comparisons.",
        "binary search linear",
        "worst case linear",
      ),
    ],
    modelAnswer: `The array must be sorted. I keep inclusive bounds lo and hi, look at the middle index, and compare: if the middle element is the target I return its index; if it is smaller, the target can only be to the right, so lo becomes mid + 1; otherwise hi becomes mid - 1. Each step discards half of the remaining range.

${FENCE}ts
function binarySearch(nums: number[], target: number): number {
  let lo = 0;
  let hi = nums.length - 1;
  while (lo <= hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (nums[mid] === target) return mid;
    if (nums[mid] < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1; // target missing
}
${FENCE}

Why O(log n): after k steps the range has n / 2^k elements, so it reaches one element after log2(n) steps; a million elements need about 20 comparisons. Space is O(1). Edge cases: with inclusive bounds the loop runs while lo is at most hi, which avoids off by one errors, mid + 1 and mid - 1 guarantee progress so there is no infinite loop, lo + (hi - lo) / 2 avoids integer overflow in languages with fixed-width ints, and an empty array or a target missing returns -1.`,
    outline: [
      "lo = 0, hi = n - 1; while lo <= hi",
      "mid = lo + (hi - lo) / 2; compare and discard half",
      "Each step halves → O(log n)",
      "Careful with bounds and termination",
    ],
  },
  {
    id: "code-j-dedupe-preserve-order",
    difficulty: "junior",
    text: "In {language}, remove duplicates from a list of user emails while preserving their original order, treating emails case-insensitively.",
    keyPoints: [
      point(
        "one pass with a set of seen keys, keeping the first occurrence",
        "seen set",
        "hash set",
        "set of seen",
        "skip seen",
        "seen add",
        "first occurrence",
        "keep first",
        "seen key",
      ),
      point(
        "compare by a normalised key: lower case and trimmed",
        "lowercase",
        "to lower case",
        "trim",
        "normalize email",
        "case insensitive",
        "normalized key",
      ),
      point("O(n) time and space", "o n time", "linear time", "o n space", "single pass", "o 1 lookup"),
      point(
        "edge cases: keep the original spelling, empty input, blank entries",
        "original spelling",
        "original casing",
        "first spelling",
        "empty list",
        "empty input",
        "blank entries",
        "skip empty",
      ),
    ],
    wrong: [
      wrong(
        "A hash set keeps insertion order in every language, so converting to a set is enough",
        "JavaScript's Set and Python's dict keep insertion order, but Python's set, Java's HashSet and Go maps do not; iterate the list and use the set only for membership.",
        "set always ordered",
        "set order every language",
        "every language keeps order",
        "sets preserve order everywhere",
      ),
      wrong(
        "Checking result.includes(email) for each email keeps it linear",
        "includes scans the whole result list, so the loop becomes O(n²); a set lookup is O(1).",
        "includes overall linear",
        "includes keeps linear",
        "array includes fast",
      ),
    ],
    modelAnswer: `I iterate the list once and keep a hash set of the emails I have already seen, keyed by a normalized key: trimmed and converted to lower case, so "Ann@X.com" and "ann@x.com " count as the same address. If the key is new I add it to the set and push the email to the result; otherwise I skip it. That keeps the first occurrence and the original order.

${FENCE}ts
function dedupeEmails(emails: string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const email of emails) {
    const key = email.trim().toLowerCase();
    if (key === "" || seen.has(key)) continue; // skip blanks and repeats
    seen.add(key);
    result.push(email.trim()); // keep the first spelling as the user typed it
  }
  return result;
}
${FENCE}

It is O(n) time, because each set lookup is O(1) on average, and O(n) space for the set. Edge cases: an empty list returns an empty list, blank entries are skipped, and I keep the original spelling of the first occurrence rather than the lower-cased key. Strictly, the local part of an email can be case-sensitive, but in practice providers treat it case-insensitively, which is what the question asks.`,
    outline: [
      "Iterate once, keep a Set of normalised emails",
      "Keep the first occurrence and its spelling",
      "O(n) time and space",
    ],
  },
  {
    id: "code-j-group-anagrams",
    difficulty: "junior",
    text: 'In {language}, group a list of words into anagram groups, for example ["eat", "tea", "tan", "ate", "nat"] becomes [["eat", "tea", "ate"], ["tan", "nat"]].',
    keyPoints: [
      point(
        "a canonical key per word: its sorted letters (or letter counts)",
        "sorted letters key",
        "sort characters key",
        "split sort join",
        "letter counts key",
        "canonical key",
        "signature",
        "sorted letters",
      ),
      point(
        "a hash map from key to the list of words",
        "map key list",
        "groups get key",
        "hash map groups",
        "dictionary key list",
        "groups set key",
        "map key words",
      ),
      point(
        "O(n · k log k) time for n words of length k",
        "n k log k",
        "o n k log k",
        "k log k",
        "o n k",
        "linear in total characters",
      ),
      point(
        "edge cases: empty strings, case, duplicate words, empty input",
        "empty string",
        "case sensitive",
        "lowercase",
        "duplicate words",
        "empty list",
        "empty input",
        "unicode",
      ),
    ],
    wrong: [
      wrong(
        "Comparing every pair of words is fine",
        "Pairwise checks are O(n² · k); one canonical key per word groups them in a single pass.",
        "compare every pair fine",
        "pairwise compare fine",
        "pairwise good enough",
      ),
      wrong(
        "The sum of the character codes is a good key",
        "Different letters can have the same sum ('ad' and 'bc'), so unrelated words collide; sort the letters or count them.",
        "sum char codes key",
        "sum letters key",
        "char code sum",
        "sum of character codes",
      ),
    ],
    modelAnswer: `Two words are anagrams exactly when their sorted letters are equal, so I compute that canonical key for each word and group words in a hash map from key to the list of words. One pass over the input, then return the map's values.

${FENCE}ts
function groupAnagrams(words: string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const word of words) {
    const key = [...word].sort().join(""); // sorted letters
    const group = groups.get(key);
    if (group) group.push(word);
    else groups.set(key, [word]);
  }
  return [...groups.values()];
}
${FENCE}

For n words of length k, sorting each word costs k log k, so the total is O(n · k log k) time and O(n · k) space. For long words over a small alphabet, a key of 26 letter counts makes it O(n · k), linear in the total characters. Edge cases: an empty list returns an empty list, the empty string is its own group, duplicate words stay in the same group, and the comparison is case sensitive unless I lowercase first, which I would ask about. Spreading the string into code points keeps emoji intact; for full Unicode I would normalise first.`,
    outline: [
      "Key = sorted letters (or letter counts)",
      "Map key → list of words",
      "O(n · k log k), or O(n · k) with counts",
      "Empty strings, case, duplicates",
    ],
  },
  {
    id: "code-j-fibonacci-memo",
    difficulty: "junior",
    text: "In {language}, compute the n-th Fibonacci number for n up to 90. Why is the naive recursive version slow, and how do you fix it?",
    keyPoints: [
      point(
        "naive recursion recomputes the same values: exponential time",
        "exponential",
        "recomputes same",
        "overlapping subproblems",
        "repeated calls",
        "call tree",
        "values computed again",
      ),
      point(
        "memoization or a bottom-up loop keeping the last two values",
        "memoization",
        "memoize",
        "memo map",
        "bottom up",
        "dynamic programming",
        "last two values",
        "previous current",
        "cache results",
      ),
      point("O(n) time, O(1) space bottom-up", "o n time", "linear time", "o 1 space", "constant space", "single loop"),
      point(
        "edge cases: base cases 0 and 1, overflow past 2^53 (use BigInt), negative n",
        "base case",
        "n 0",
        "fib 0",
        "overflow",
        "bigint",
        "2 53",
        "safe integer",
        "negative n",
      ),
    ],
    wrong: [
      wrong(
        "Plain recursion without memoization is fine for n = 50",
        "fib(50) makes tens of billions of calls; it takes minutes instead of microseconds.",
        "recursion fine 50",
        "naive recursion fast enough",
        "plain recursion fine",
        "recursion without memo fine",
        "recursion without memoization fine",
      ),
      wrong(
        "The naive recursive version runs in linear time",
        "Each call spawns two more, so it is exponential, about O(1.6^n).",
        "naive recursion linear",
        "naive recursive linear time",
        "recursive version linear",
      ),
    ],
    modelAnswer: `The naive version calls fib(n - 1) and fib(n - 2), and each of those repeats the same work, so the call tree recomputes the same values again and again: exponential time, about 1.6^n calls, which makes fib(50) take minutes. The fix is to compute each value once, either with memoization or bottom up: a loop keeping the last two values, which is dynamic programming with constant space.

${FENCE}ts
function fib(n: number): bigint {
  if (!Number.isInteger(n) || n < 0) throw new RangeError("n must be a non-negative integer");
  let previous = 0n; // fib(0)
  let current = 1n; // fib(1)
  if (n === 0) return previous;
  for (let i = 2; i <= n; i++) {
    [previous, current] = [current, previous + current];
  }
  return current;
}
${FENCE}

The loop is O(n) time and O(1) space. Edge cases: the base cases fib(0) = 0 and fib(1) = 1, negative n is rejected, and overflow: fib(79) already exceeds 2^53, the largest safe integer for a JavaScript number, so for n up to 90 I return a BigInt; in Java a long is enough up to fib(92). A memoized recursive version is also O(n) time but uses O(n) stack, and for very large n the matrix or fast-doubling method runs in O(log n).`,
    outline: [
      "Naive recursion is exponential: overlapping subproblems",
      "Memoize or iterate bottom-up with the last two values",
      "O(n) time, O(1) space",
      "Base cases, overflow past 2^53 (BigInt), negative n",
    ],
  },
  {
    id: "code-j-stock-profit",
    difficulty: "junior",
    text: "In {language}, given a stock's price for each day, return the maximum profit from one buy followed by one later sell.",
    keyPoints: [
      point(
        "track the minimum price seen so far",
        "minimum so far",
        "min price so far",
        "lowest price seen",
        "track min",
        "min price",
        "cheapest so far",
      ),
      point(
        "at each day, profit = price minus that minimum; keep the best",
        "max profit",
        "best profit",
        "price minus min",
        "price minus minimum",
        "best max",
        "profit today",
      ),
      point("one pass: O(n) time, O(1) space", "o n time", "single pass", "o 1 space", "linear time", "one pass"),
      point(
        "edge cases: falling prices return 0, fewer than two days",
        "prices falling",
        "return 0",
        "empty array",
        "single price",
        "decreasing prices",
        "fewer than two",
      ),
    ],
    wrong: [
      wrong(
        "Buy at the global minimum and sell at the global maximum",
        "The maximum may come before the minimum; the sell must come after the buy, so track the minimum seen so far.",
        "global minimum global maximum",
        "sell global maximum",
        "buy lowest sell highest",
      ),
      wrong(
        "You have to check every buy/sell pair with nested loops",
        "Checking pairs is O(n²); the running minimum gives the best buy for each sell day in one pass.",
        "need check every pair",
        "nested loops required",
        "nested loops needed",
      ),
    ],
    modelAnswer: `I walk the prices once and track the minimum price seen so far, which is the best day to have bought for any later sell. For each day the profit if I sold today is the price minus that minimum, and I keep the best profit. Updating the minimum after computing the profit guarantees the buy comes before the sell.

${FENCE}ts
function maxProfit(prices: number[]): number {
  let minPrice = Infinity;
  let best = 0;
  for (const price of prices) {
    best = Math.max(best, price - minPrice); // profit if sold today
    minPrice = Math.min(minPrice, price);
  }
  return best;
}
${FENCE}

It is a single pass, O(n) time and O(1) space; the brute force over pairs is quadratic. Edge cases: if prices only keep falling there is no profitable trade and it returns 0, as it does for an empty array or a single price, since Infinity makes the first difference negative. I would confirm with the interviewer that 0 rather than a negative number is the expected answer when you can't make money.`,
    outline: [
      "Track the minimum price so far",
      "Profit today = price - min; keep the max",
      "O(n) time, O(1) space",
      "Falling prices → 0; fewer than two days",
    ],
  },
  {
    id: "code-j-log-error-count",
    difficulty: "junior",
    text: "In {language}, you get log lines like '2024-05-01T10:15:03Z ERROR payments Timeout calling bank'. Count the errors per service per minute and print the 3 busiest service-minutes.",
    keyPoints: [
      point(
        "parse each line into timestamp, level and service",
        "split line",
        "split whitespace",
        "regex match",
        "parse timestamp",
        "parse line",
        "level service",
      ),
      point(
        "count in a map keyed by service and minute (timestamp truncated to the minute)",
        "service minute key",
        "map key count",
        "counts get key",
        "truncate minute",
        "group by minute",
        "slice 0 16",
        "minute bucket",
      ),
      point(
        "one pass over the lines, then sort the m keys: O(n + m log m)",
        "o n time",
        "single pass",
        "linear in lines",
        "sort distinct log",
        "sort counts descending",
      ),
      point(
        "edge cases: malformed or blank lines, level casing, time zones",
        "malformed lines",
        "skip invalid",
        "blank lines",
        "level case",
        "time zone",
        "utc",
      ),
    ],
    wrong: [
      wrong(
        "Comparing timestamps as strings works for every format",
        "Only fixed-width ISO-8601 timestamps in one time zone sort correctly as strings; '9:05' sorts after '10:15'.",
        "string compare every format",
        "strings sort every format",
        "format irrelevant",
      ),
      wrong(
        "Splitting on single spaces always works for log lines",
        "Messages contain spaces and lines can be malformed; take only the first fields and skip lines that don't parse.",
        "split space always works",
        "split space robust",
        "split always works",
      ),
    ],
    modelAnswer: `I read the file line by line and parse each line with a regex match into timestamp, level and service; malformed or blank lines that don't match are skipped and counted. For ERROR lines I build a key from the service and the timestamp truncated to the minute, the first 16 characters of the ISO string, and count in a map keyed by that service-minute key. At the end I sort the counts descending and take the first 3.

${FENCE}ts
function busiestErrorMinutes(lines: string[], top = 3): Array<[string, number]> {
  const counts = new Map<string, number>(); // "payments 2024-05-01T10:15" -> errors
  let skipped = 0;
  for (const line of lines) {
    const match = /^(\\S+)\\s+(\\w+)\\s+(\\S+)/.exec(line);
    if (!match) {
      skipped++; // malformed or blank line
      continue;
    }
    const [, timestamp, level, service] = match;
    if (level.toUpperCase() !== "ERROR") continue;
    const key = service + " " + timestamp.slice(0, 16); // truncate to the minute
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if (skipped > 0) console.warn("skipped " + skipped + " malformed lines");
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
}
${FENCE}

It is a single pass, O(n) time over n lines, plus O(m log m) to sort the m service-minute keys. Edge cases: blank lines and malformed lines are skipped, the level is compared case-insensitively, and truncating the string only works because every timestamp is ISO-8601 in UTC; with mixed time zones I would parse to a Date and floor to the minute. For a huge file I would stream lines instead of holding them in an array.`,
    outline: [
      "Parse timestamp, level, service (skip malformed lines)",
      "Key = service + timestamp truncated to the minute; count in a map",
      "Sort counts, take the top 3",
      "Level casing, time zones, huge files",
    ],
  },
  // mid
  {
    id: "code-m-lru-cache",
    difficulty: "mid",
    text: "Implement an LRU cache with get and put in O(1) in {language}.",
    keyPoints: [
      point(
        "a hash map from key to list node for O(1) lookup",
        "hash map node",
        "map key node",
        "map get key",
        "dictionary lookup",
        "nodes map",
        "hash map lookup",
        "map key entry",
      ),
      point(
        "recency order in a doubly linked list (or an insertion-ordered map)",
        "doubly linked list",
        "linked list recency",
        "move front",
        "move to head",
        "most recently used",
        "unlink node",
        "insertion order",
        "linked hash map",
        "ordered dict",
      ),
      point(
        "evict the least recently used entry when over capacity",
        "evict least recently used",
        "evict tail",
        "remove tail",
        "exceeds capacity",
        "size capacity",
        "capacity evict",
        "delete oldest",
      ),
      point(
        "O(1) get and put, O(capacity) space",
        "o 1 get put",
        "constant time",
        "o 1 time",
        "o capacity space",
        "o 1 both",
      ),
      point(
        "edge cases: updating an existing key, tiny capacities",
        "existing key update",
        "update existing key",
        "put existing key",
        "key already exists",
        "capacity zero",
        "capacity one",
        "capacity 1",
      ),
    ],
    wrong: [
      wrong(
        "A plain hash map keeps insertion order in every language",
        "Only some maps do (JavaScript Map, Java LinkedHashMap, Python dict); Java HashMap and Go maps have no order, and even ordered maps need delete-and-reinsert to track recency.",
        "insertion order every language",
        "hash map always ordered",
        "hashmap always ordered",
      ),
      wrong(
        "A singly linked list is enough for O(1) removal",
        "Unlinking a node needs its predecessor; with a singly linked list finding it is O(n), so the list must be doubly linked.",
        "singly linked list enough",
        "singly linked o 1",
        "singly linked constant",
      ),
      wrong(
        "Evict by scanning for the entry with the oldest timestamp",
        "Scanning all entries makes every eviction O(n); the list keeps the least recently used entry at the tail.",
        "scan oldest timestamp",
        "timestamps find oldest",
        "min timestamp evict",
      ),
      wrong(
        "An array of keys with unshift and splice keeps recency in O(1)",
        "unshift and splice move every later element, so each access is O(n); use a linked list or an insertion-ordered map.",
        "unshift o 1",
        "splice o 1",
        "unshift constant time",
        "arrays hash tables",
      ),
    ],
    modelAnswer: `I combine a hash map from key to node, for O(1) lookup, with a doubly linked list ordered by recency: the most recently used node is the head and the least recently used one is the tail. get looks the node up, unlinks it and moves it to the front. put updates an existing key and moves it to the front, or inserts a new node at the front; when the size goes over capacity I evict the tail node and delete its key from the map.

${FENCE}ts
interface Entry<K, V> {
  key: K;
  value: V;
  prev?: Entry<K, V>;
  next?: Entry<K, V>;
}

class LRUCache<K, V> {
  private readonly map = new Map<K, Entry<K, V>>();
  private head?: Entry<K, V>; // most recently used
  private tail?: Entry<K, V>; // least recently used

  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    const entry = this.map.get(key);
    if (!entry) return undefined;
    this.moveToFront(entry);
    return entry.value;
  }

  put(key: K, value: V): void {
    if (this.capacity <= 0) return;
    const existing = this.map.get(key);
    if (existing) {
      existing.value = value; // update existing key and mark it most recently used
      this.moveToFront(existing);
      return;
    }
    const entry: Entry<K, V> = { key, value };
    this.map.set(key, entry);
    this.pushFront(entry);
    if (this.map.size > this.capacity && this.tail) {
      const lru = this.tail; // evict the least recently used
      this.unlink(lru);
      this.map.delete(lru.key);
    }
  }

  private moveToFront(entry: Entry<K, V>): void {
    if (this.head === entry) return;
    this.unlink(entry);
    this.pushFront(entry);
  }

  private unlink(entry: Entry<K, V>): void {
    if (entry.prev) entry.prev.next = entry.next;
    else this.head = entry.next;
    if (entry.next) entry.next.prev = entry.prev;
    else this.tail = entry.prev;
    entry.prev = undefined;
    entry.next = undefined;
  }

  private pushFront(entry: Entry<K, V>): void {
    entry.next = this.head;
    if (this.head) this.head.prev = entry;
    this.head = entry;
    if (!this.tail) this.tail = entry;
  }
}
${FENCE}

Both get and put are O(1) time and the cache takes O(capacity) space. Edge cases: put on an existing key must update the value without growing the size, capacity zero stores nothing, and capacity 1 evicts on every new key. In JavaScript a Map keeps insertion order, so deleting and re-setting a key and evicting the first key of the map is a valid shortcut, like Java's LinkedHashMap; I'd mention it but show the list version.`,
    outline: [
      "Map key → node; doubly linked list ordered by recency",
      "get: move the node to the front",
      "put: insert/update at the front; evict the tail over capacity",
      "O(1) both; mention Map insertion order / LinkedHashMap",
    ],
  },
  {
    id: "code-m-rate-limiter-class",
    difficulty: "mid",
    text: "Implement an in-memory token-bucket rate limiter in {language}: allow(key) returns true if the key may make a request now.",
    keyPoints: [
      point(
        "bucket state per key: tokens and last refill time",
        "bucket per key",
        "tokens per key",
        "map key bucket",
        "buckets get key",
        "tokens last refill",
        "bucket state",
      ),
      point(
        "refill lazily from the elapsed time, capped at capacity",
        "refill elapsed",
        "elapsed time rate",
        "tokens elapsed rate",
        "lazy refill",
        "refill on demand",
        "min capacity tokens",
        "last refill",
      ),
      point(
        "O(1) per call, memory per active key",
        "o 1 per call",
        "constant time",
        "o 1 time",
        "memory per key",
        "o keys memory",
      ),
      point(
        "clean up idle keys so memory doesn't grow forever",
        "evict idle",
        "idle keys",
        "memory leak",
        "cleanup idle",
        "delete full buckets",
        "sweep",
        "lru bound",
      ),
      point(
        "edge cases and tests: injectable clock, bursts up to capacity, clock going backwards",
        "inject clock",
        "injectable clock",
        "fake clock",
        "clock test",
        "burst capacity",
        "clock backwards",
        "fractional tokens",
      ),
    ],
    wrong: [
      wrong(
        "Each key needs a timer that adds tokens every second",
        "The refill can be computed from the elapsed time when the key is next used; a timer per key wastes CPU and memory.",
        "timer per key needed",
        "key needs timer",
        "set interval refill",
        "background timer refill",
      ),
      wrong(
        "A token bucket prevents bursts",
        "A token bucket deliberately allows a burst up to its capacity and then enforces the average rate.",
        "bucket prevents bursts",
        "bucket forbids bursts",
        "bucket blocks bursts",
      ),
    ],
    modelAnswer: `I keep the bucket state per key in a map: the current tokens and the last refill timestamp. allow(key) refills lazily: it computes the elapsed time since the last refill, adds elapsed times rate tokens capped at the capacity, and then takes one token if at least one is available. A new key starts with a full bucket, so a client can burst up to capacity and is then held to the average rate.

${FENCE}ts
interface Bucket {
  tokens: number;
  lastRefill: number;
}

class TokenBucketLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly capacity: number,
    private readonly refillPerSecond: number,
    private readonly now: () => number = Date.now, // injectable clock for tests
  ) {}

  allow(key: string): boolean {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, lastRefill: now };
    const elapsedSeconds = Math.max(0, now - bucket.lastRefill) / 1000; // ignore a clock going backwards
    bucket.tokens = Math.min(this.capacity, bucket.tokens + elapsedSeconds * this.refillPerSecond);
    bucket.lastRefill = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Called periodically: a bucket that has refilled completely is the same as a missing one. */
  evictIdle(): void {
    const now = this.now();
    for (const [key, bucket] of this.buckets) {
      const refilled = bucket.tokens + ((now - bucket.lastRefill) / 1000) * this.refillPerSecond;
      if (refilled >= this.capacity) this.buckets.delete(key);
    }
  }
}
${FENCE}

Each call is O(1) time, and memory grows with the number of active keys. That is why evictIdle sweeps idle keys: a full bucket carries no information, so deleting it is safe and stops a memory leak from one-off keys. Edge cases: tokens are fractional, the clock going backwards is clamped to zero elapsed time, and tests inject a fake clock instead of sleeping. Across several servers this in-memory state is per process, so a shared limit would need Redis.`,
    outline: [
      "Map key → {tokens, lastRefill}",
      "On allow: refill min(capacity, tokens + elapsed × rate); take one if ≥ 1",
      "Inject the clock for tests",
      "Evict idle (full) buckets; O(1) per call",
    ],
  },
  {
    id: "code-m-merge-intervals",
    difficulty: "mid",
    text: "Given a list of meeting time intervals, merge all overlapping intervals in {language}.",
    keyPoints: [
      point(
        "sort the intervals by start time",
        "sort by start",
        "sort start",
        "sorted by start",
        "order by start",
        "sort start time",
        "sort a 0 b 0",
      ),
      point(
        "compare each interval with the last merged one; start a new one when they don't overlap",
        "last merged",
        "compare last",
        "merged push",
        "merged last",
        "start less equal end",
        "overlaps last",
        "new interval append",
      ),
      point(
        "extend the end with the max, which also covers nested intervals",
        "extend end",
        "max end",
        "math max end",
        "maximum end",
        "extend last end",
        "math max last",
      ),
      point(
        "O(n log n) for the sort, then a linear pass",
        "n log n",
        "o n log n",
        "sorting dominates",
        "linear pass",
        "linear scan",
      ),
      point(
        "edge cases: touching, nested, empty input, unsorted input",
        "touching intervals",
        "nested interval",
        "contained interval",
        "empty input",
        "single interval",
        "unsorted input",
        "sort copy",
      ),
    ],
    wrong: [
      wrong(
        "Sorting isn't needed: one pass over the input merges everything",
        "Without sorting, an interval can overlap one seen much earlier; sorting by start makes overlaps adjacent.",
        "not need sort",
        "not require sort",
        "unsorted one pass",
      ),
      wrong(
        "When intervals overlap, replace the last end with the current end",
        "A nested interval like [1,10] and [2,3] would shrink the merge to [1,3]; take the max of both ends.",
        "overwrite end",
        "replace last end",
        "replace end current",
      ),
      wrong(
        "Merging intervals is linear overall",
        "The sort makes it O(n log n); only the merge pass after sorting is linear.",
        "whole thing linear",
        "overall linear",
      ),
    ],
    modelAnswer: `I sort the intervals by start time, then walk them once while comparing each interval with the last merged one. If the current start is less than or equal to the last end, they overlap, so I extend the last end to the max of both ends; using the max matters for nested intervals. Otherwise I append a new interval to the merged list.

${FENCE}ts
interface Interval {
  start: number;
  end: number;
}

function mergeIntervals(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start); // sort a copy by start
  const merged: Interval[] = [];
  for (const current of sorted) {
    const last = merged[merged.length - 1];
    if (last && current.start <= last.end) {
      last.end = Math.max(last.end, current.end);
    } else {
      merged.push({ ...current });
    }
  }
  return merged;
}
${FENCE}

Complexity: sorting dominates, so it is O(n log n) time; the merge itself is a linear pass, plus O(n) for the output. Edge cases: empty input returns an empty list, a single interval returns itself, touching intervals like [1,2] and [2,3] merge because I compare with less-or-equal (for meetings, ask whether an end time equal to the next start counts as overlap), a contained interval like [2,3] inside [1,10] is absorbed, and unsorted input is fine because I sort a copy and leave the caller's array untouched.`,
    outline: [
      "Sort by start (O(n log n))",
      "Walk: if start <= last.end, extend end = max; else push",
      "Edge: touching and nested intervals, empty input",
    ],
  },
  {
    id: "code-m-top-k-stream",
    difficulty: "mid",
    text: "In {language}, you receive a stream of product ids being viewed. Maintain the top 10 most viewed products at any time.",
    keyPoints: [
      point(
        "view counts per product in a hash map",
        "count map",
        "counts get",
        "hash map counts",
        "increment count",
        "view counts",
        "counts set",
      ),
      point(
        "a small top-k structure: a size-k min-heap or list, replacing its minimum",
        "min heap",
        "heap size k",
        "size k",
        "top k list",
        "replace smallest",
        "evict minimum",
        "compare minimum",
        "priority queue",
      ),
      point(
        "cost per event: O(log k) with a heap, O(k) with a list of 10",
        "o log k",
        "log k per",
        "o k per event",
        "constant per event",
        "k 10 constant",
      ),
      point(
        "edge case: the product is already in the top k (update it, don't add it twice)",
        "update entry in top",
        "update existing entry",
        "top find id",
        "position map",
        "indexed heap",
        "appears twice",
      ),
      point(
        "approximate structures for unbounded id spaces",
        "count min sketch",
        "space saving",
        "heavy hitters",
        "approximate counts",
        "misra gries",
        "bounded memory",
      ),
    ],
    wrong: [
      wrong(
        "Sort all the counts on every event",
        "That is O(m log m) per event for m products; only the k leaders can change, so update a size-k structure.",
        "sort every event",
        "sort whole map",
        "resort every view",
      ),
      wrong(
        "A Count-Min Sketch gives exact counts",
        "A Count-Min Sketch can overestimate because of hash collisions; it trades exactness for fixed memory.",
        "sketch gives exact counts",
        "sketch counts exactly",
        "sketch never overestimates",
      ),
      wrong(
        "A max-heap of size k keeps the top k",
        "To keep the k largest you must evict the smallest of them, so the bounded structure is a min-heap.",
        "max heap size k",
        "size k max heap",
      ),
    ],
    modelAnswer: `I keep view counts in a hash map from product id to count, and next to it a small top-k structure ordered by count. On each event I increment the count. If the product is already in the top k, I just update its entry; otherwise, if the top list has fewer than k items or the new count beats its minimum, I replace the smallest entry. With k = 10 a sorted list is simplest; for larger k I would use a size-k min heap with a position map so an existing entry can be updated in place.

${FENCE}ts
class TopViewed {
  private readonly counts = new Map<string, number>();
  private top: Array<{ id: string; views: number }> = []; // sorted by views, descending

  constructor(private readonly k = 10) {}

  view(id: string): void {
    const views = (this.counts.get(id) ?? 0) + 1;
    this.counts.set(id, views);
    const existing = this.top.find((entry) => entry.id === id);
    if (existing) {
      existing.views = views; // already in top: update, never add it twice
    } else if (this.top.length < this.k) {
      this.top.push({ id, views });
    } else if (views > this.top[this.top.length - 1].views) {
      this.top[this.top.length - 1] = { id, views }; // replace the smallest
    } else {
      return;
    }
    this.top.sort((a, b) => b.views - a.views);
  }

  topK(): string[] {
    return this.top.map((entry) => entry.id);
  }
}
${FENCE}

The cost is O(k) per event, effectively constant for k = 10, or O(log k) per update with a heap; reading the top is O(k). Memory is one counter per distinct product. If the id space is unbounded, I switch to approximate counts with a Count-Min Sketch or the Space-Saving algorithm for heavy hitters, which keeps bounded memory at the price of small overestimates.`,
    outline: [
      "Map of counts",
      "Size-k structure (min-heap or short sorted list), replace its minimum",
      "Update in place when the product is already in the top k",
      "For unbounded keys: Count-Min Sketch / Space-Saving",
    ],
  },
  {
    id: "code-m-dataloader-batching",
    formerIds: ["code-m-debounce-batching"],
    difficulty: "mid",
    text: "Write a function in {language} that batches individual 'load user by id' calls made in the same tick into one database query (a DataLoader).",
    tags: ["nodejs", "typescript", "graphql"],
    keyPoints: [
      point(
        "collect the keys and schedule one flush at the end of the tick",
        "queue keys",
        "schedule flush",
        "queue microtask",
        "microtask",
        "process next tick",
        "same tick",
        "next tick",
        "set immediate",
      ),
      point(
        "one batched query for all collected ids",
        "select users id",
        "query collected ids",
        "single query",
        "one query",
        "batch query",
        "batch load",
        "batch function",
      ),
      point(
        "map rows back by id and resolve each caller's promise",
        "map rows by id",
        "resolve each caller",
        "results by id",
        "rows get id",
        "by id get",
        "resolve promise",
        "resolvers",
      ),
      point(
        "dedupe keys and cache promises per request",
        "dedupe keys",
        "cache promise",
        "per request cache",
        "same key promise",
        "cache get key",
        "new loader per request",
        "loader per request",
      ),
      point(
        "edge cases: missing ids and a failing batch",
        "missing key",
        "missing rows",
        "missing id null",
        "reject pending",
        "reject every waiter",
        "batch fails reject",
        "catch reject",
      ),
    ],
    wrong: [
      wrong(
        "One DataLoader cache shared by all requests is fine",
        "A global cache serves stale rows and can leak one user's data to another; create a loader per request.",
        "global cache fine",
        "shared cache fine",
        "cache across requests fine",
        "one global loader",
      ),
      wrong(
        "The database returns the rows in the same order as the ids",
        "IN / ANY gives no ordering guarantee and skips missing ids, so rows must be mapped back by id.",
        "database preserves order",
        "rows preserve order",
        "order matches ids",
      ),
    ],
    modelAnswer: `load(id) does not query right away. It records the id and the promise's resolver in a pending queue and, on the first call of the tick, schedules a flush with queueMicrotask, so every load made in the same tick lands in one batch. The flush runs one query, WHERE id = ANY of all collected ids, and maps the rows back by id, because the database returns rows in any order and simply omits missing ids. Each caller's promise is resolved with its row or null. If the batch query fails, I reject each pending promise. I also dedupe: a per request cache maps each key to its promise, so asking for the same key twice shares one promise.

${FENCE}ts
interface User {
  id: string;
  name: string;
}
type Resolver = { resolve: (user: User | null) => void; reject: (error: unknown) => void };

class UserLoader {
  private pending = new Map<string, Resolver[]>();
  private readonly cache = new Map<string, Promise<User | null>>();

  constructor(private readonly db: { query(sql: string, params: unknown[]): Promise<{ rows: User[] }> }) {}

  load(id: string): Promise<User | null> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const promise = new Promise<User | null>((resolve, reject) => {
      if (this.pending.size === 0) queueMicrotask(() => void this.flush());
      const waiters = this.pending.get(id) ?? [];
      waiters.push({ resolve, reject });
      this.pending.set(id, waiters);
    });
    this.cache.set(id, promise);
    return promise;
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = new Map();
    try {
      const { rows } = await this.db.query("SELECT id, name FROM users WHERE id = ANY($1)", [[...batch.keys()]]);
      const byId = new Map(rows.map((row) => [row.id, row]));
      for (const [id, waiters] of batch) for (const w of waiters) w.resolve(byId.get(id) ?? null);
    } catch (error) {
      for (const [id, waiters] of batch) {
        this.cache.delete(id); // a failed load must not stay cached
        for (const w of waiters) w.reject(error);
      }
    }
  }
}
${FENCE}

N calls in a tick cost one round trip instead of N, which is the fix for N+1 queries in GraphQL resolvers. I create a new loader per request, so the cache never serves one user's data to another or goes stale. Very large batches should be split into chunks of, say, 500 ids.`,
    outline: [
      "load(id) queues id + resolver; first call schedules a flush on a microtask",
      "Flush runs one WHERE id = ANY(...) query",
      "Map rows back by id; resolve each (null if missing), reject all on failure",
      "Per-request cache and key dedupe",
    ],
  },
  {
    id: "code-m-graph-dependencies",
    difficulty: "mid",
    text: "Given packages and their dependencies, produce an install order in {language}, and detect cycles.",
    keyPoints: [
      point(
        "topological sort (Kahn's algorithm or DFS post-order)",
        "topological sort",
        "topological order",
        "kahn",
        "dfs post order",
        "topo sort",
        "post order dfs",
      ),
      point(
        "in-degree counts and a queue of ready packages (or DFS visiting states)",
        "in degree",
        "indegree zero",
        "degree 0",
        "queue ready",
        "ready queue",
        "zero dependencies",
        "not packages dependencies start",
        "visiting state",
        "three colors",
        "gray nodes",
      ),
      point(
        "a cycle leaves packages unprocessed (or a back edge in DFS)",
        "detect cycle",
        "cycle error",
        "throw cycle",
        "cycle remaining",
        "back edge",
        "order length",
        "unprocessed packages cycle",
        "not zero dependencies cycle",
      ),
      point("O(V + E) time", "o v e", "v plus e", "nodes plus edges", "linear nodes edges", "linear time"),
      point(
        "edge cases: unknown dependency, self-dependency, independent packages",
        "missing dependency",
        "unknown package",
        "unknown dependency",
        "self dependency",
        "depends itself",
        "disconnected",
        "independent packages",
      ),
    ],
    wrong: [
      wrong(
        "A plain DFS with one visited set detects cycles",
        "In a directed graph a node reached twice through a diamond is not a cycle; you need a separate 'in progress' state.",
        "visited set detects cycle",
        "visited enough cycle",
        "seen set detects cycle",
      ),
      wrong(
        "Sorting packages (alphabetically or by number of dependencies) gives a valid install order",
        "Counts ignore which package depends on which; only a topological order guarantees dependencies come first.",
        "sort by number dependencies",
        "sort dependency count",
        "fewest dependencies first",
        "sorted alphabetically",
        "not dependencies affect order",
      ),
    ],
    modelAnswer: `This is a topological sort; I use Kahn's algorithm. I build edges from each dependency to the packages that need it and count each package's in degree, meaning how many dependencies it still waits for. Packages with in degree 0 go in a ready queue. I repeatedly take one, append it to the order, and decrement the in degree of its dependents, queueing any that reach 0. If the order ends shorter than the number of packages, the remaining ones sit on a cycle, so I throw a cycle error that names them.

${FENCE}ts
function installOrder(deps: Map<string, string[]>): string[] {
  const inDegree = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  for (const [pkg, requires] of deps) {
    inDegree.set(pkg, inDegree.get(pkg) ?? 0);
    for (const dep of requires) {
      if (!deps.has(dep)) throw new Error("unknown dependency " + dep + " of " + pkg);
      inDegree.set(pkg, (inDegree.get(pkg) ?? 0) + 1);
      const list = dependents.get(dep) ?? [];
      list.push(pkg);
      dependents.set(dep, list);
    }
  }
  const ready = [...inDegree].filter(([, degree]) => degree === 0).map(([pkg]) => pkg);
  const order: string[] = [];
  for (const pkg of ready) {
    // iterating while pushing is safe in JS and makes the array a FIFO queue
    order.push(pkg);
    for (const next of dependents.get(pkg) ?? []) {
      const degree = (inDegree.get(next) ?? 0) - 1;
      inDegree.set(next, degree);
      if (degree === 0) ready.push(next);
    }
  }
  if (order.length < deps.size) {
    const cycle = [...inDegree].filter(([, degree]) => degree > 0).map(([pkg]) => pkg);
    throw new Error("dependency cycle among: " + cycle.join(", "));
  }
  return order;
}
${FENCE}

It runs in O(V + E) time, packages plus dependency edges, and O(V + E) space. Edge cases: an unknown dependency is reported instead of silently ignored, a package that depends on itself is a cycle, and independent packages simply start in the queue. The DFS alternative needs three colors: a node seen again while still visiting is a back edge, which means a cycle.`,
    outline: [
      "Model as a directed graph dependency → dependent",
      "Kahn's algorithm with in-degrees (or DFS post-order)",
      "Leftover nodes / back edge ⇒ cycle",
      "O(V + E)",
    ],
  },
  {
    id: "code-m-parse-logs",
    difficulty: "mid",
    text: "In {language}, process a 50 GB access log file and report the 5 slowest endpoints by p95 latency. The machine has 4 GB of RAM.",
    keyPoints: [
      point(
        "stream the file line by line",
        "stream line by line",
        "read one line",
        "read line",
        "readline",
        "create read stream",
        "for await line",
        "buffered reader",
        "stream file",
      ),
      point(
        "aggregate per endpoint, normalising ids out of the path",
        "per endpoint",
        "map endpoint",
        "group by endpoint",
        "stats get endpoint",
        "normalize path",
        "normalize endpoint",
        "users id",
      ),
      point(
        "percentiles from bounded-memory histograms (or t-digest)",
        "histogram",
        "latency buckets",
        "fixed buckets",
        "t digest",
        "hdr histogram",
        "approximate percentile",
        "bucket counts",
      ),
      point(
        "one linear pass; memory grows with endpoints × buckets, not the file size",
        "single pass",
        "linear time",
        "o n time",
        "memory endpoints buckets",
        "not load whole file",
        "not fit memory",
        "independent file size",
      ),
      point(
        "edge cases: malformed lines, query strings, splitting work across cores",
        "malformed lines",
        "skip malformed",
        "skip invalid",
        "query string",
        "parse error",
        "parallel workers",
        "merge histograms",
        "split file",
      ),
    ],
    wrong: [
      wrong(
        "Store every latency per endpoint and sort to get the p95",
        "Billions of values don't fit in 4 GB; a histogram per endpoint gives the p95 in fixed memory.",
        "store every latency fine",
        "sort all latencies fine",
        "latencies fit memory",
        "load file memory fine",
      ),
      wrong(
        "Averaging the p95 of each chunk gives the overall p95",
        "Percentiles do not average; merge the histograms (add bucket counts) and compute the p95 once.",
        "average p95 works",
        "average percentiles correct",
        "mean percentiles fine",
      ),
    ],
    modelAnswer: `50 GB does not fit in 4 GB of RAM, so I stream the file line by line and keep only aggregates. For each line I parse the path and latency, normalize the endpoint (strip the query string and turn /users/123 into /users/:id, otherwise ids create millions of keys) and add the latency to a histogram for that endpoint: 10 ms buckets up to 60 s. At the end I compute each endpoint's p95 from its bucket counts and take the top 5.

${FENCE}ts
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

const BUCKET_MS = 10;
const BUCKETS = 6000; // 10 ms buckets up to 60 s; slower requests land in the last one

async function slowestEndpoints(path: string, top = 5): Promise<Array<[string, number]>> {
  const stats = new Map<string, Uint32Array>(); // endpoint -> latency histogram
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of lines) {
    // e.g. ... "GET /users/42?x=1 HTTP/1.1" 200 123ms
    const match = /"[A-Z]+ (\\S+)[^"]*" \\d{3} (\\d+)ms/.exec(line);
    if (!match) continue; // skip malformed lines
    const endpoint = normalizeEndpoint(match[1]);
    let histogram = stats.get(endpoint);
    if (!histogram) stats.set(endpoint, (histogram = new Uint32Array(BUCKETS)));
    histogram[Math.min(BUCKETS - 1, Math.floor(Number(match[2]) / BUCKET_MS))]++;
  }
  return [...stats]
    .map(([endpoint, histogram]): [string, number] => [endpoint, p95(histogram)])
    .sort((a, b) => b[1] - a[1])
    .slice(0, top);
}

const normalizeEndpoint = (url: string) => url.split("?")[0].replace(/\\/\\d+(?=\\/|$)/g, "/:id");

function p95(histogram: Uint32Array): number {
  const total = histogram.reduce((sum, n) => sum + n, 0);
  let seen = 0;
  for (let i = 0; i < histogram.length; i++) {
    seen += histogram[i];
    if (seen >= 0.95 * total) return (i + 1) * BUCKET_MS; // upper edge of the bucket
  }
  return 0;
}
${FENCE}

It is a single pass, linear time in the file size, and memory is endpoints times buckets: 24 KB per endpoint, independent of the file size. The p95 is accurate to the 10 ms bucket width; HDR histogram or t-digest give better relative precision. The run is I/O bound; to use all cores I would split the file at line boundaries into byte ranges, run parallel workers, and merge histograms by adding bucket counts.`,
    outline: [
      "Stream lines; never load the file",
      "Normalise the endpoint; keep a histogram (or t-digest) per endpoint",
      "Compute p95 per endpoint from the buckets, take the top 5",
      "Optionally split the file across workers and merge histograms",
    ],
  },
  {
    id: "code-m-concurrency-limit",
    difficulty: "mid",
    text: "In {language}, download 10,000 URLs with at most 20 requests in flight at once, collecting results and failures.",
    keyPoints: [
      point(
        "a pool of 20 workers (or a semaphore) limits requests in flight",
        "worker pool",
        "20 workers",
        "semaphore",
        "p limit",
        "concurrency limit",
        "limit workers",
        "workers in flight",
      ),
      point(
        "workers pull the next URL from a shared index or queue",
        "shared index",
        "next index",
        "shared queue",
        "pull next",
        "next url",
        "take next url",
        "next urls length",
      ),
      point(
        "each task catches its own error; collect results and failures",
        "try catch each",
        "catch per task",
        "record failure",
        "collect failures",
        "ok false error",
        "promise settled",
        "isolate errors",
        "store error index",
        "status per url",
      ),
      point(
        "a timeout per request and bounded retries for transient errors",
        "abort signal timeout",
        "timeout per request",
        "request timeout",
        "retry transient",
        "bounded retries",
        "retry backoff",
        "abort controller",
        "fetch timeout",
      ),
      point(
        "edge cases: keep input order, fewer URLs than the limit, memory for bodies",
        "input order",
        "order preserved",
        "results index",
        "fewer urls",
        "min limit length",
        "empty list",
        "stream bodies disk",
      ),
    ],
    wrong: [
      wrong(
        "Promise.all over the mapped fetches limits concurrency",
        "Promise.all only waits: map has already started all 10,000 requests at once.",
        "promise all limits concurrency",
        "map limits concurrency",
        "promise all enough",
      ),
      wrong(
        "Node is single-threaded, so only one request is in flight anyway",
        "The event loop keeps thousands of sockets in flight at once; single-threaded JavaScript does not serialise I/O.",
        "single threaded one request",
        "single threaded one at a time",
        "event loop one request",
      ),
      wrong(
        "Batches of 20 with Promise.all are as fast as a pool",
        "Each batch waits for its slowest request, so slots sit idle; a pool starts the next URL as soon as any slot frees up.",
        "batch 20 as fast",
        "batches as fast pool",
        "chunks as fast",
      ),
      wrong(
        "Node already limits concurrent requests, so no limiter is needed",
        "Neither fetch nor the default http.Agent caps requests at 20 (maxSockets defaults to Infinity): all 10,000 start at once.",
        "not concurrency limit needed",
        "not need limiter",
        "node automatically limits",
        "max sockets 20",
      ),
    ],
    modelAnswer: `I start a worker pool of 20 workers that all pull from one shared index. Each worker takes the next URL, downloads it, and loops until the list is exhausted, so exactly 20 requests are in flight until the tail end. The shared index is safe without locks because JavaScript runs one callback at a time and incrementing the index is synchronous. Each task has its own try/catch, so one failure is recorded and never stops the others, and each request gets a timeout through an abort signal.

${FENCE}ts
type Outcome = { url: string; ok: true; body: string } | { url: string; ok: false; error: string };

async function downloadAll(urls: string[], limit = 20): Promise<Outcome[]> {
  const results: Outcome[] = new Array(urls.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < urls.length) {
      const i = next++; // take the next url
      const url = urls[i];
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
        if (!res.ok) throw new Error("HTTP " + res.status);
        results[i] = { url, ok: true, body: await res.text() };
      } catch (error) {
        results[i] = { url, ok: false, error: String(error) };
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, urls.length) }, () => worker()));
  return results;
}
${FENCE}

Writing to results by index keeps the input order. Edge cases: an empty list starts zero workers, fewer URLs than the limit starts fewer workers, and 10,000 bodies may not fit in memory, so for big pages I would stream bodies to disk. I would add bounded retries with backoff for transient errors like 503. Chunking into batches of 20 is worse, because each batch waits for its slowest request.`,
    outline: [
      "N workers pulling from a shared index/queue (or a semaphore)",
      "Each task catches its own error; results stored by index",
      "Per-request timeout; bounded retries",
      "Why not Promise.all over everything, or fixed batches",
    ],
  },
  {
    id: "code-m-json-diff",
    difficulty: "mid",
    text: "Write a function in {language} that returns the differences between two nested JSON objects as a list of paths with old and new values.",
    keyPoints: [
      point(
        "recursive traversal of both values",
        "recursive",
        "recurse nested",
        "recursion",
        "walk both objects",
        "diff recursively",
        "depth first",
        "diff child path",
      ),
      point(
        "build the path of every change",
        "path key",
        "json pointer",
        "dot path",
        "path array",
        "path join",
        "child path",
      ),
      point(
        "classify changes as added, removed or changed",
        "added removed changed",
        "kind added",
        "kind removed",
        "kind changed",
        "added keys",
        "removed keys",
      ),
      point(
        "edge cases: arrays, null, type changes",
        "array index",
        "arrays compared index",
        "type changed",
        "different types",
        "null object",
        "typeof object null",
        "arrays by index",
      ),
      point(
        "O(n) in the total size of both documents",
        "o n time",
        "linear time",
        "linear in size",
        "size both documents",
        "o n m",
        "total nodes",
      ),
    ],
    wrong: [
      wrong(
        "Comparing JSON.stringify of both objects finds the differences",
        "Stringify only says 'different', gives no paths, and reports a change when only key order differs.",
        "json stringify compare",
        "stringify equality",
        "compare stringified",
      ),
      wrong(
        "A shallow comparison with === is enough for nested objects",
        "=== compares object references, so two equal nested objects look different and a mutated shared object looks equal.",
        "shallow comparison enough",
        "shallow equal enough",
        "shallow compare enough",
      ),
    ],
    modelAnswer: `The diff is recursive. If both values are containers of the same kind, objects or arrays, I walk the union of their keys with a child path: a key only on the left is removed, a key only on the right is added, and a key on both sides recurses. Anything else, two primitives or a type change like an object becoming null or a number becoming a string, is reported as changed when the values differ. The path is an array of keys joined with dots at the end.

${FENCE}ts
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Change =
  | { path: string; kind: "added"; newValue: Json }
  | { path: string; kind: "removed"; oldValue: Json }
  | { path: string; kind: "changed"; oldValue: Json; newValue: Json };

function entriesOf(value: Json): Map<string, Json> | null {
  if (Array.isArray(value)) return new Map(value.map((item, i) => [String(i), item]));
  if (typeof value === "object" && value !== null) return new Map(Object.entries(value));
  return null; // a primitive, including null (typeof null is "object")
}

function diff(a: Json, b: Json, path: string[] = [], out: Change[] = []): Change[] {
  const left = entriesOf(a);
  const right = entriesOf(b);
  if (left && right && Array.isArray(a) === Array.isArray(b)) {
    for (const [key, oldValue] of left) {
      const newValue = right.get(key);
      const childPath = [...path, key];
      if (newValue === undefined) out.push({ path: childPath.join("."), kind: "removed", oldValue });
      else diff(oldValue, newValue, childPath, out);
    }
    for (const [key, newValue] of right) {
      if (!left.has(key)) out.push({ path: [...path, key].join("."), kind: "added", newValue });
    }
  } else if (a !== b) {
    out.push({ path: path.join("."), kind: "changed", oldValue: a, newValue: b });
  }
  return out;
}
${FENCE}

It visits every node once, so it is O(n) time in the total size of both documents, plus path copies proportional to depth. Edge cases: arrays are compared by index, so an insert at the front shows every later element as changed; diffing arrays of records by id fixes that. null is a value, not a missing key, and keys containing dots need JSON Pointer escaping.`,
    outline: [
      "Recurse over the union of keys",
      "Report added/removed/changed with a path",
      "Arrays by index (or by id), null vs missing, type changes",
      "O(size of both)",
    ],
  },
  {
    id: "code-m-sliding-window-max",
    difficulty: "mid",
    text: "In {language}, given an array of per-second request counts and a window size k, return the maximum of every window of k consecutive seconds.",
    keyPoints: [
      point(
        "a monotonic deque of indices with decreasing values",
        "monotonic deque",
        "deque indices",
        "decreasing deque",
        "double ended queue",
        "deque push",
        "monotonic queue",
      ),
      point(
        "drop the front index once it leaves the window",
        "front left window",
        "front out window",
        "remove front index",
        "expired front",
        "index i k",
        "front outside window",
      ),
      point(
        "pop smaller values from the back before pushing",
        "pop smaller",
        "pop back smaller",
        "remove smaller back",
        "smaller values pop",
        "deque pop",
        "discard smaller",
      ),
      point(
        "O(n) time amortised: each index is pushed and popped once",
        "o n time",
        "linear time",
        "amortized",
        "pushed popped once",
        "each index pushed popped",
        "o k space",
      ),
      point(
        "edge cases: k = 1, k larger than the array, empty input",
        "k 1",
        "k larger",
        "k greater length",
        "empty array",
        "k equals n",
        "k 0",
      ),
    ],
    wrong: [
      wrong(
        "A max-heap of the window also gives linear time",
        "A heap costs O(log k) per push and pop, so it is O(n log k); only the deque is O(n).",
        "heap just as fast",
        "heap equally fast",
        "heap gives linear time",
      ),
      wrong(
        "The deque version is O(n·k) because of the inner while loop",
        "Each index enters and leaves the deque at most once, so all the while-loop pops together are O(n).",
        "deque quadratic worst case",
        "while loop makes quadratic",
        "inner loop makes quadratic",
      ),
    ],
    modelAnswer: `I keep a monotonic deque of indices whose values decrease from front to back, so the front is always the max of the current window. For each new index i, first I drop the front index if it has left the window, meaning it is at most i - k. Then I pop smaller values from the back, because a value smaller than the newcomer can never be a window max again. Then I push i, and once the first window is complete I record the value at the front.

${FENCE}ts
function windowMaxima(nums: number[], k: number): number[] {
  if (k <= 0 || k > nums.length) return [];
  const deque: number[] = []; // indices; values decrease from front to back
  let head = 0; // front of the deque, moved instead of shift() which is O(n)
  const maxima: number[] = [];
  for (let i = 0; i < nums.length; i++) {
    if (head < deque.length && deque[head] <= i - k) head++; // front index left the window
    while (deque.length > head && nums[deque[deque.length - 1]] <= nums[i]) deque.pop(); // pop smaller values
    deque.push(i);
    if (i >= k - 1) maxima.push(nums[deque[head]]);
  }
  return maxima;
}
${FENCE}

The inner loop looks nested, but each index is pushed once and popped at most once, so the total is O(n) time, amortized O(1) per element, with at most k live indices. A heap works too but is O(n log k), and rescanning each window is O(n·k). Edge cases: k = 1 returns the input, k equals n returns one value, k larger than the array or empty input returns an empty list (or an error, by contract), and equal values are popped as well, so the deque stays short.`,
    outline: [
      "Deque of indices with decreasing values; front = window max",
      "Drop the front when it leaves the window",
      "Pop smaller values from the back, push i",
      "O(n) amortised; edge cases k = 1, k > n",
    ],
  },
  {
    id: "code-m-grid-shortest-path",
    difficulty: "mid",
    text: "In {language}, given a grid of open cells and walls, find the length of the shortest path from a start cell to a target cell moving up, down, left or right.",
    keyPoints: [
      point(
        "breadth-first search with a queue",
        "bfs",
        "breadth first",
        "queue push",
        "queue head",
        "level order",
        "fifo queue",
      ),
      point(
        "mark cells visited when they are enqueued",
        "visited",
        "mark visited",
        "dist minus 1",
        "distance array",
        "seen set",
        "visited enqueue",
      ),
      point(
        "BFS is shortest because every move costs the same",
        "unweighted shortest",
        "first time reached shortest",
        "equal cost moves",
        "every move costs same",
        "layers distance",
        "reached first shortest",
      ),
      point(
        "O(rows × cols) time and space",
        "o rows cols",
        "rows times cols",
        "o cells",
        "linear in cells",
        "o r c",
        "every cell visited once",
      ),
      point(
        "edge cases: walls at start or target, unreachable target, start equals target, bounds",
        "start wall",
        "unreachable",
        "return minus 1",
        "start equals target",
        "bounds check",
        "stay inside grid",
        "inside grid",
      ),
    ],
    wrong: [
      wrong(
        "Depth-first search finds the shortest path",
        "DFS finds some path and can wander far first; only BFS reaches cells in order of distance.",
        "dfs shortest path",
        "depth first shortest",
        "dfs finds shortest",
      ),
      wrong(
        "Shortest paths always need Dijkstra",
        "With unit-cost moves BFS is already optimal; Dijkstra only pays off when moves have different costs.",
        "dijkstra required unweighted",
        "unweighted grid needs dijkstra",
        "always need dijkstra",
      ),
    ],
    modelAnswer: `I run a breadth first search from the start cell with a queue. BFS explores level by level, so because every move costs the same, the first time a cell is reached is its shortest distance; that is why it beats DFS here. I keep a distance array where -1 means not visited and mark a cell visited when it is enqueued, not when it is dequeued, so no cell enters the queue twice. The answer is the distance of the target when it is dequeued.

${FENCE}ts
function shortestPath(grid: string[], start: [number, number], target: [number, number]): number {
  const rows = grid.length;
  const cols = rows > 0 ? grid[0].length : 0;
  const open = (r: number, c: number) => r >= 0 && r < rows && c >= 0 && c < cols && grid[r][c] !== "#";
  if (!open(start[0], start[1]) || !open(target[0], target[1])) return -1; // start wall or target wall
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
${FENCE}

Every cell is enqueued at most once, so it is O(rows × cols) time and space. Edge cases: a start or target on a wall returns -1, an unreachable target returns -1, start equals target returns 0, and the bounds check keeps neighbours inside the grid. If moves had different costs I would switch to Dijkstra.`,
    outline: [
      "BFS from the start with a queue",
      "Distance array doubles as visited; mark on enqueue",
      "First arrival = shortest because all moves cost 1",
      "O(rows × cols); walls, unreachable, start = target",
    ],
  },
  {
    id: "code-m-binary-search-answer",
    difficulty: "mid",
    text: "In {language}: packages with weights w[i] must be shipped in the given order within D days; each day the ship carries consecutive packages up to its capacity. Return the minimum capacity that works.",
    keyPoints: [
      point(
        "binary search over the capacity (the answer), not over the array",
        "binary search capacity",
        "binary search answer",
        "search space capacity",
        "lo hi capacity",
        "binary search on answer",
        "mid capacity",
      ),
      point(
        "a greedy feasibility check: fill each day until the next package doesn't fit",
        "feasible",
        "can ship within days",
        "days needed",
        "greedy fill",
        "simulate days",
        "check capacity",
        "count days",
      ),
      point(
        "the check is monotonic: if a capacity works, every larger one works",
        "monotonic",
        "larger capacity works",
        "bigger capacity works",
        "monotone predicate",
        "larger also works",
      ),
      point("O(n log(sum of weights)) time", "n log sum", "o n log", "log range", "log sum weights", "log of sum"),
      point(
        "edge cases and bounds: heaviest package is the lower bound, D = 1, more days than packages",
        "heaviest package",
        "max weight",
        "lower bound max",
        "sum weights upper",
        "single day",
        "days equals 1",
        "more days than packages",
        "empty weights",
      ),
    ],
    wrong: [
      wrong(
        "Binary search needs sorted input, so sort the weights first",
        "The shipping order is fixed; the binary search runs over candidate capacities, which are ordered by nature.",
        "sort weights first",
        "sort packages",
        "sort weights",
      ),
      wrong(
        "The answer is simply the total weight divided by D, rounded up",
        "That is only a lower bound: packages can't be split, so uneven weights usually need more.",
        "sum divided d answer",
        "answer ceil sum",
        "average per day answer",
        "total weight divided answer",
      ),
    ],
    modelAnswer: `The trick is binary search on the answer. The capacity lies between the heaviest package, because that one must fit, and the sum of the weights, which ships everything in one day. The feasibility check is monotonic: if a capacity works, every larger capacity also works. So I binary search the capacity range, and for each mid I run a greedy check that fills each day in order until the next package does not fit and counts the days needed.

${FENCE}ts
function shipWithinDays(weights: number[], days: number): number {
  if (weights.length === 0) return 0;
  let lo = weights.reduce((max, w) => Math.max(max, w), 0); // heaviest package must fit
  let hi = weights.reduce((sum, w) => sum + w, 0); // everything in one day
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (canShip(weights, days, mid)) hi = mid; // mid works: try smaller
    else lo = mid + 1;
  }
  return lo;
}

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
${FENCE}

Each check is O(n) and there are about log(sum) iterations, so the total is O(n log sum of weights) time and O(1) space. Edge cases: D = 1 returns the total, more days than packages returns the max weight, and empty weights return 0. The greedy check is correct because filling a day as much as possible never needs more days later.`,
    outline: [
      "Search space: [max weight, sum of weights]",
      "Greedy check: count days needed for a capacity",
      "Monotonic ⇒ binary search for the smallest feasible capacity",
      "O(n log sum)",
    ],
  },
  {
    id: "code-m-debounce-throttle",
    difficulty: "mid",
    text: "In {language}, implement debounce and throttle, and explain when you would use each.",
    keyPoints: [
      point(
        "debounce restarts a timer on every call and runs after a quiet period",
        "clear timeout",
        "reset timer",
        "restart timer",
        "quiet period",
        "restarts quiet period",
        "after calls stop",
      ),
      point(
        "throttle runs at most once per interval",
        "max once per interval",
        "once per interval",
        "last run",
        "elapsed interval",
        "leading call",
        "lastrun",
      ),
      point(
        "use cases: debounce search-as-you-type and autosave; throttle scroll, resize, progress",
        "search box",
        "search input",
        "autosave",
        "scroll",
        "resize",
        "progress updates",
        "typing",
      ),
      point(
        "call with the latest arguments; leading and trailing edges",
        "latest arguments",
        "last args",
        "trailing call",
        "trailing edge",
        "leading edge",
        "latest args",
      ),
      point(
        "edge cases and tests: cancel pending timers, fake timers in tests",
        "fake timers",
        "cancel pending",
        "cancel method",
        "flush pending",
        "clear on unmount",
        "timer leak",
        "advance timers",
      ),
    ],
    wrong: [
      wrong(
        "Debounce and throttle are the same thing",
        "Debounce waits until calls stop; throttle keeps running at a fixed maximum rate while calls continue.",
        "debounce identical throttle",
        "debounce equivalent throttle",
        "debounce throttle interchangeable",
        "debounce throttle same thing",
      ),
      wrong(
        "Debounce guarantees the function runs at least every N milliseconds",
        "Under continuous calls a debounced function keeps postponing and may never run; a regular cadence is what throttle gives.",
        "debounce guarantees regular",
        "debounce guarantees periodic",
        "debounce regular interval",
        "debounce fixed rate",
        "debounce guarantees run every",
      ),
    ],
    modelAnswer: `Debounce runs the function once calls stop: every call does clearTimeout on the pending timer and starts a new one, so the quiet period restarts and the function runs once with the latest arguments. Throttle runs at most once per interval while calls keep coming: a leading call runs immediately, and calls inside the interval only remember their arguments for one trailing call at the end of the interval, so the last event is not lost.

${FENCE}ts
function debounce<A extends unknown[]>(fn: (...args: A) => void, waitMs: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const debounced = (...args: A) => {
    clearTimeout(timer); // restart the quiet period
    timer = setTimeout(() => fn(...args), waitMs);
  };
  debounced.cancel = () => clearTimeout(timer);
  return debounced;
}

function throttle<A extends unknown[]>(fn: (...args: A) => void, intervalMs: number, now = () => Date.now()) {
  let lastRun = -Infinity;
  let trailing: ReturnType<typeof setTimeout> | undefined;
  let lastArgs: A | undefined;
  return (...args: A) => {
    const elapsed = now() - lastRun;
    if (elapsed >= intervalMs) {
      clearTimeout(trailing);
      trailing = undefined;
      lastRun = now();
      fn(...args); // leading call
      return;
    }
    lastArgs = args; // latest arguments for the trailing call
    trailing ??= setTimeout(() => {
      trailing = undefined;
      lastRun = now();
      if (lastArgs) fn(...lastArgs);
    }, intervalMs - elapsed);
  };
}
${FENCE}

Use debounce for a search box, so you query once the user stops typing, and for autosave. Use throttle for scroll and resize handlers, progress updates or a log flush that must keep happening during a burst. Each call is O(1). Edge cases: expose cancel so a pending timer is cleared on unmount or shutdown, which avoids a timer leak and calls after teardown; test both with fake timers instead of real sleeps.`,
    outline: [
      "Debounce: clear and restart the timer on every call",
      "Throttle: at most once per interval, leading + trailing call",
      "Debounce search/autosave; throttle scroll/resize/progress",
      "Cancel pending timers; test with fake timers",
    ],
  },
  {
    id: "code-m-three-sum",
    difficulty: "mid",
    text: "In {language}, find all unique triplets in an array of integers that sum to zero.",
    keyPoints: [
      point(
        "sort, fix one element, then two pointers on the rest",
        "sort two pointers",
        "fix one element",
        "two pointers",
        "left right pointers",
        "sort copy",
        "fix first",
        "sort left right",
      ),
      point(
        "move the left pointer when the sum is too small, the right when too big",
        "sum less move left",
        "sum too small",
        "sum too big",
        "move left right",
        "sum greater right",
        "sum less 0 left",
      ),
      point(
        "skip equal values so each triplet appears once",
        "skip duplicate",
        "skip duplicates",
        "skip equal values",
        "skip same value",
        "duplicate triplets",
        "equal previous skip",
      ),
      point(
        "O(n²) time, O(1) extra space besides the output",
        "n squared",
        "o n 2",
        "quadratic",
        "o n squared",
        "o 1 extra",
      ),
      point(
        "edge cases: fewer than three numbers, all zeros, stop once the fixed value is positive",
        "fewer than three",
        "zeros single triplet",
        "break positive",
        "length less 3",
        "early break",
        "empty result",
      ),
    ],
    wrong: [
      wrong(
        "3Sum can be solved in linear time",
        "The sort-and-two-pointers solution is O(n²), and no practical algorithm does much better.",
        "three sum linear",
        "3sum linear",
        "3 sum linear",
        "triplets linear time",
      ),
      wrong(
        "Putting the triplets in a Set removes duplicates automatically",
        "A JavaScript Set compares arrays by reference, so equal triplets stay duplicated; sort and skip equal values, or use string keys.",
        "set removes duplicate triplets",
        "set dedupes arrays",
        "set of arrays dedupe",
      ),
    ],
    modelAnswer: `I sort a copy of the array, then fix one element at index i and look for two more with two pointers: left just after i and right at the end. If the sum is too small I move left forward; if it is too big I move right back; on zero I record the triplet and move both. To report each triplet once I skip duplicate values, both for the fixed element and for left after a match. Once the fixed value is positive I can break early, because everything after it is positive too.

${FENCE}ts
function threeSum(input: number[]): number[][] {
  const nums = [...input].sort((a, b) => a - b);
  const triplets: number[][] = [];
  for (let i = 0; i < nums.length - 2; i++) {
    if (nums[i] > 0) break; // early break: the rest are positive
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
${FENCE}

Sorting is O(n log n) and the two-pointer scans are O(n²), so the total is quadratic, with O(1) extra space besides the output and the sorted copy. Edge cases: fewer than three numbers gives an empty result, all zeros gives exactly one triplet [0, 0, 0], and duplicates like [-1, -1, 2] appear once.`,
    outline: [
      "Sort; fix nums[i]; two pointers on the rest",
      "Move left/right by the sign of the sum",
      "Skip equal values to avoid duplicate triplets",
      "O(n²) time; fewer than 3, all zeros",
    ],
  },
  {
    id: "code-m-event-emitter",
    difficulty: "mid",
    text: "Implement a small event emitter in {language} with on, off, once and emit. What can go wrong with it in production?",
    keyPoints: [
      point(
        "a map from event name to its set of listeners",
        "map event listeners",
        "listeners get event",
        "set of listeners",
        "event name listeners",
        "listeners map",
        "handlers per event",
      ),
      point(
        "once wraps the listener and removes the wrapper before calling it",
        "once wrapper",
        "wrap listener",
        "remove after first call",
        "off wrapper",
        "wrapper removes itself",
        "remove before calling",
      ),
      point(
        "emit iterates a snapshot, since listeners may subscribe or unsubscribe during emit",
        "snapshot",
        "copy listeners",
        "iterate copy",
        "copy before iterating",
        "modified during emit",
        "snapshot listeners",
      ),
      point(
        "a throwing listener must not stop the others",
        "try catch listener",
        "listener throws",
        "isolate errors",
        "on error callback",
        "error handler",
        "catch each listener",
      ),
      point(
        "memory leaks: listeners never removed; return an unsubscribe function",
        "memory leak",
        "max listeners",
        "unsubscribe function",
        "return unsubscribe",
        "remove listeners",
        "listener leak",
      ),
    ],
    wrong: [
      wrong(
        "emit runs the listeners asynchronously",
        "Node's EventEmitter (and this one) calls listeners synchronously, in registration order, before emit returns.",
        "emit asynchronous",
        "emit runs async",
        "listeners run async",
        "emit non blocking",
      ),
      wrong(
        "Listeners never need removing because the garbage collector cleans them up",
        "The emitter holds a reference to every listener and everything it closes over, so nothing is collected until you unsubscribe.",
        "garbage collector cleans listeners",
        "gc removes listeners",
        "garbage collected automatically",
      ),
    ],
    modelAnswer: `The state is a map from event name to a set of listeners, so on and off are O(1). on returns an unsubscribe function, which makes cleanup easy. once registers a wrapper that removes itself before calling the listener, so an emit inside the listener cannot run it twice. emit iterates a snapshot copy of the set, because listeners can subscribe or unsubscribe during emit, and it calls them synchronously in order, with a try/catch per listener so one that throws does not stop the others; errors go to an error handler.

${FENCE}ts
type Listener = (...args: unknown[]) => void;

class Emitter {
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(private readonly onError: (error: unknown, event: string) => void = console.error) {}

  on(event: string, listener: Listener): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener);
    return () => this.off(event, listener); // unsubscribe function
  }

  off(event: string, listener: Listener): void {
    const set = this.listeners.get(event);
    set?.delete(listener);
    if (set?.size === 0) this.listeners.delete(event);
  }

  once(event: string, listener: Listener): () => void {
    const wrapper: Listener = (...args) => {
      this.off(event, wrapper); // remove before calling
      listener(...args);
    };
    return this.on(event, wrapper);
  }

  emit(event: string, ...args: unknown[]): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) { // snapshot
      try {
        listener(...args);
      } catch (error) {
        this.onError(error, event);
      }
    }
  }
}
${FENCE}

In production the classic problem is a memory leak: a listener added per request and never removed keeps its closure alive forever, which is why Node warns past max listeners. Other edge cases: off(event, original) cannot remove a once wrapper unless you store the mapping, a Set ignores the same listener added twice, and a slow listener blocks emit for everyone because it runs synchronously.`,
    outline: [
      "Map event → Set of listeners; on returns an unsubscribe function",
      "once: a wrapper that removes itself before calling",
      "emit over a snapshot, synchronously, try/catch per listener",
      "Leaks from listeners never removed",
    ],
  },
  {
    id: "code-m-longest-unique-substring",
    difficulty: "mid",
    text: "In {language}, return the length of the longest substring without repeating characters.",
    keyPoints: [
      point(
        "a sliding window between two pointers",
        "sliding window",
        "left right window",
        "expand right",
        "shrink left",
        "window start",
        "right left 1",
      ),
      point(
        "a map from each character to its last index",
        "last seen index",
        "last seen",
        "map char index",
        "last index",
        "seen map",
        "last occurrence",
      ),
      point(
        "on a repeat, jump left past the previous occurrence, never backwards",
        "jump past previous",
        "left prev 1",
        "prev greater equal left",
        "math max left",
        "not left move backward",
        "left only forward",
      ),
      point(
        "O(n) time, O(alphabet) space",
        "o n time",
        "linear time",
        "single pass",
        "o alphabet space",
        "o k space",
        "o min n",
      ),
      point(
        "edge cases: empty string, all the same character, Unicode",
        "empty string",
        "all same",
        "one repeated character",
        "unicode",
        "code points",
        "surrogate pairs",
      ),
    ],
    wrong: [
      wrong(
        "Checking every substring is fine",
        "There are O(n²) substrings and checking each is O(n), so brute force is O(n³) (O(n²) with a set); the window is O(n).",
        "check every substring",
        "all substrings fine",
        "every substring fine",
      ),
      wrong(
        "On a repeated character, reset the window to start at that character",
        "Restarting drops valid characters: in 'dvdf' the answer 'vdf' starts just after the first 'd', so move left past the previous occurrence.",
        "reset window empty",
        "restart window",
        "clear set restart",
        "reset window",
      ),
    ],
    modelAnswer: `I use a sliding window between left and right and a map of the last seen index of each character. I expand right one character at a time. If the character was last seen inside the current window, I jump left to one past that previous occurrence; the check that the previous index is at least left means left only moves forward, never backwards to an occurrence that is already outside the window. After each step the window holds no repeats, so I record its length.

${FENCE}ts
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
${FENCE}

It is a single pass, O(n) time, with O(min(n, alphabet)) space for the map. Edge cases: the empty string returns 0, all the same character returns 1, and "abba" shows why left must never move back: at the last "a" the previous "a" is already outside the window. Indexing a JavaScript string walks UTF-16 units, so for emoji I would iterate code points with Array.from over the string.`,
    outline: [
      "Sliding window [left, right]",
      "Map of last index per character",
      "On a repeat inside the window, left = previous + 1 (never backwards)",
      "O(n) time; empty, all-same, Unicode",
    ],
  },
  // senior
  {
    id: "code-s-consistent-hashing",
    difficulty: "senior",
    text: "Implement consistent hashing with virtual nodes in {language}: add/remove servers and find the server for a key.",
    keyPoints: [
      point(
        "a ring of hash positions kept sorted",
        "hash ring",
        "sorted ring",
        "sorted positions",
        "ring sort position",
        "positions sorted",
        "ring of hashes",
      ),
      point(
        "many virtual nodes per server to even out the load",
        "virtual nodes",
        "virtual node",
        "vnodes",
        "points per server",
        "replicas per server",
        "100 points",
      ),
      point(
        "binary search for the first position at or after the key's hash, wrapping around",
        "binary search",
        "first position greater",
        "clockwise successor",
        "wrap around",
        "lo ring length",
        "next position clockwise",
      ),
      point(
        "membership changes move only about 1/N of the keys",
        "minimal remapping",
        "only fraction keys",
        "1 n keys",
        "k n keys",
        "only neighbouring keys",
        "keys move neighbour",
        "keys between predecessor",
      ),
      point(
        "O(log(V·N)) lookup; O(V·N log(V·N)) to rebuild on membership change",
        "o log",
        "log v n",
        "lookup log",
        "log n lookup",
        "o v n log",
      ),
      point(
        "hash choice and balance: a well-spread hash, enough vnodes, weights for bigger servers",
        "md5",
        "murmur",
        "xxhash",
        "uniform hash",
        "spread evenly",
        "more vnodes smoother",
        "weighted vnodes",
        "standard deviation",
        "uneven arcs",
      ),
      point(
        "edge cases: empty ring, position collisions, replicas on distinct servers",
        "empty ring",
        "hash collision",
        "position collision",
        "duplicate server",
        "distinct servers",
        "distinct physical servers",
      ),
    ],
    wrong: [
      wrong(
        "hash(key) % N is already consistent hashing",
        "With modulo, changing N remaps almost every key; the ring moves only the keys next to the changed server.",
        "mod n enough",
        "modulo n consistent",
        "modulo servers consistent",
        "hash mod n consistent",
      ),
      wrong(
        "Virtual nodes are there to replicate the data",
        "Virtual nodes spread one server's share over many small arcs for balance; replication is a separate choice of the next distinct servers.",
        "virtual nodes store copies",
        "virtual nodes replicate data",
        "vnodes replicate data",
        "vnodes copies data",
        "virtual nodes copies",
      ),
    ],
    modelAnswer: `I hash every server to many virtual nodes, say 100 points per server, and keep all points in a sorted ring of positions. To find a key's server I hash the key and binary search for the first position at or after it, its clockwise successor; past the last point I wrap around to the first. With one point per server the arcs are very uneven, so virtual nodes spread each server's share over many small arcs; more vnodes give a smaller standard deviation of load, and a bigger server can get weighted vnodes.

${FENCE}ts
import { createHash } from "node:crypto";

// First 4 bytes of MD5 as a 32-bit ring position: uniform enough, and not a security use.
const hash = (value: string) => createHash("md5").update(value).digest().readUInt32BE(0);

class HashRing {
  private ring: Array<{ position: number; server: string }> = []; // sorted by position

  constructor(private readonly vnodes = 100) {}

  addServer(server: string): void {
    for (let i = 0; i < this.vnodes; i++) this.ring.push({ position: hash(server + "#" + i), server });
    this.ring.sort((a, b) => a.position - b.position || a.server.localeCompare(b.server));
  }

  removeServer(server: string): void {
    this.ring = this.ring.filter((point) => point.server !== server);
  }

  serverFor(key: string): string | undefined {
    if (this.ring.length === 0) return undefined; // empty ring
    const h = hash(key);
    let lo = 0;
    let hi = this.ring.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ring[mid].position < h) lo = mid + 1;
      else hi = mid;
    }
    return this.ring[lo % this.ring.length].server; // wrap around past the last point
  }
}
${FENCE}

Lookup is O(log(V·N)) for V vnodes and N servers; adding a server re-sorts, O(V·N log(V·N)), which is fine because membership changes are rare. The point of the ring: when a server joins or leaves, only the keys between its points and their predecessors move, about 1/N of the keys, while hash(key) mod N would remap almost all of them. Edge cases: an empty ring returns undefined, two points can collide on a position (the tie-break on server name keeps every node agreeing), adding the same server twice must be rejected, and for replicas I keep walking clockwise until I have found distinct physical servers.`,
    outline: [
      "Each server hashed to many virtual points on a sorted ring",
      "Lookup: hash the key, binary search the first point ≥ hash (wrap around)",
      "Add/remove moves only neighbouring keys (~1/N)",
      "O(log(V·N)) lookup; hash quality and vnode count decide balance",
    ],
  },
  {
    id: "code-s-rate-limit-distributed",
    difficulty: "senior",
    text: "Write a sliding-window rate limiter in {language} backed by Redis that is correct under concurrent requests from many servers.",
    tags: ["redis"],
    keyPoints: [
      point(
        "a sorted set per client as a sliding window log, scored by timestamp",
        "sorted set",
        "zset",
        "zadd",
        "zcard",
        "sliding window log",
        "score timestamp",
      ),
      point(
        "the check and the add run atomically in one Lua script (check-then-add from the app races)",
        "lua script",
        "atomic script",
        "eval script",
        "redis eval",
        "multi exec",
        "atomically",
        "check then add race",
        "without interleaving",
      ),
      point(
        "one clock: Redis TIME instead of each server's clock",
        "redis time",
        "time command",
        "clock skew",
        "redis call time",
        "single clock",
      ),
      point(
        "trim old entries and expire idle keys",
        "zremrangebyscore",
        "remove old entries",
        "pexpire",
        "expire key",
        "older than window",
        "idle keys memory",
      ),
      point(
        "failure behaviour: short timeouts, fail open or closed by endpoint",
        "fail open",
        "fail closed",
        "redis unavailable",
        "short timeout",
        "command timeout",
        "redis outage",
      ),
      point(
        "cost: O(log n) per request and O(limit) memory per key; the weighted counter alternative is O(1)",
        "o log n",
        "memory o limit",
        "sliding window counter",
        "weighted counters",
        "approximate counter",
        "o 1 memory",
      ),
      point(
        "edge case: a unique member per request so same-millisecond requests don't collapse",
        "unique member",
        "same millisecond",
        "request id member",
        "random uuid",
        "member unique",
      ),
    ],
    wrong: [
      wrong(
        "Redis is single-threaded, so reading the count and then adding from the app is safe",
        "Each command is atomic, but a read followed by a write from two servers interleaves; both can pass the limit.",
        "single threaded atomic enough",
        "redis single threaded safe",
        "single threaded prevents race",
      ),
      wrong(
        "INCR plus EXPIRE gives a sliding window",
        "That is a fixed window; it allows up to twice the limit around a window boundary.",
        "incr expire sliding window",
        "incr expire sliding",
        "incr sliding window",
      ),
      wrong(
        "Each app server's local clock is fine for the timestamps",
        "Servers drift apart, so entries from a fast clock expire late or early; take the time from Redis.",
        "local clock fine",
        "app server clock fine",
        "date now enough",
      ),
    ],
    modelAnswer: `I keep a sorted set per client key in Redis as a sliding window log: each member is one request, with its timestamp as the score. A check-then-add from the application would race, because two servers can both read 99 and both add, so the whole check runs atomically in one Lua script, which Redis executes without interleaving other commands. The script removes entries older than the window with ZREMRANGEBYSCORE, counts with ZCARD, adds the request with ZADD only when under the limit, and sets PEXPIRE so idle keys free their memory. It reads the time with the Redis TIME command, one clock for all servers, so clock skew between app servers does not matter.

${FENCE}ts
import { randomUUID } from "node:crypto";
import type Redis from "ioredis";

// TIME before a write inside a script needs Redis 5+, where scripts replicate their effects.
const SLIDING_WINDOW = [
  "local key, window, limit, member = KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), ARGV[3]",
  "local t = redis.call('TIME')",
  "local now = t[1] * 1000 + math.floor(t[2] / 1000)",
  "redis.call('ZREMRANGEBYSCORE', key, 0, now - window)",
  "if redis.call('ZCARD', key) >= limit then return 0 end",
  "redis.call('ZADD', key, now, member)",
  "redis.call('PEXPIRE', key, window)",
  "return 1",
].join("\\n");

async function allow(redis: Redis, clientId: string, limit: number, windowMs: number): Promise<boolean> {
  try {
    // a unique member: two requests in the same millisecond must count twice
    const allowed = await redis.eval(SLIDING_WINDOW, 1, "ratelimit:" + clientId, windowMs, limit, randomUUID());
    return allowed === 1;
  } catch {
    return true; // fail open: the client uses a short commandTimeout, and an outage must not stop the API
  }
}
${FENCE}

Each call is one round trip and O(log n) in the set size, but memory is O(limit) per key, since the log keeps up to limit entries. At high limits I would switch to a sliding window counter: two fixed-window counters weighted by overlap, O(1) memory and slightly approximate. Failure behaviour is a product decision: fail open for ordinary API traffic when Redis is down, fail closed for login attempts. The member must be unique, a random UUID or request id, otherwise requests in the same millisecond collapse into one entry.`,
    outline: [
      "Sorted set per key: remove old, count, add, expire — in one Lua script",
      "Redis TIME as the single clock; unique member per request",
      "Or a weighted two-window counter for O(1) memory",
      "Decide fail-open/closed; short timeouts",
    ],
  },
  {
    id: "code-s-lru-ttl-concurrency",
    difficulty: "senior",
    text: "Design and implement in {language} a thread-safe (or async-safe) cache with TTL and single-flight loading, so concurrent misses for the same key trigger one load.",
    keyPoints: [
      point(
        "single flight: concurrent misses share the in-flight promise (or future)",
        "single flight",
        "singleflight",
        "in flight promise",
        "share promise",
        "inflight get key",
        "return pending promise",
        "concurrent misses share",
      ),
      point(
        "entries carry an expiry timestamp checked on read",
        "expires at",
        "ttl",
        "expiry timestamp",
        "expired entry",
        "now ttl",
      ),
      point(
        "synchronisation: check-and-register without a gap (event loop, or a lock / computeIfAbsent)",
        "event loop",
        "check set synchronously",
        "not await between",
        "mutex",
        "lock per key",
        "compute if absent",
        "concurrent hash map",
      ),
      point(
        "a failed load is removed, not cached, so the next call retries",
        "finally delete",
        "inflight delete",
        "next call retries",
        "delete on failure",
        "remove inflight",
        "not cache failed",
      ),
      point(
        "bounded size with LRU eviction",
        "max size",
        "lru",
        "evict oldest",
        "bounded size",
        "least recently used",
        "keys next value",
      ),
      point(
        "an injectable clock for tests",
        "inject clock",
        "injectable clock",
        "fake clock",
        "clock tests",
        "now function",
      ),
      point(
        "trade-offs: stale-while-revalidate, TTL jitter, per-process scope",
        "stale while revalidate",
        "thundering herd",
        "cache stampede",
        "ttl jitter",
        "per process",
        "load timeout",
      ),
    ],
    wrong: [
      wrong(
        "Put one global lock around the cache while loading",
        "Holding a global lock during a slow load serialises every key; share the in-flight load per key instead.",
        "global lock whole cache",
        "lock entire cache",
        "mutex entire cache",
      ),
      wrong(
        "Caching the rejected promise is fine",
        "A cached failure makes every caller fail until the TTL ends; drop the entry on failure (or cache errors only briefly, on purpose).",
        "cache rejected promise",
        "cache errors fine",
        "keep failed promise",
      ),
      wrong(
        "Single-flight in one process deduplicates loads across all servers",
        "It only deduplicates inside one process; N instances can still run N loads unless you add a distributed lock.",
        "single flight across servers",
        "dedupes across instances",
        "singleflight across servers",
      ),
    ],
    modelAnswer: `I keep two maps: values holds each value with its expires-at timestamp, and inflight holds the promise of a load in progress. On get I return a hit whose TTL has not expired. On a miss, if a load for that key is already in flight I return the same promise, so concurrent misses share one load: that is single flight, and it prevents a cache stampede on a hot key. In Node this needs no mutex because the check and the set run synchronously: there is no await between them, so the event loop cannot interleave another get. In Java or Go I would use computeIfAbsent on a ConcurrentHashMap or a singleflight group. When the load settles, finally deletes the inflight entry, so a failed load is removed and the next call retries.

${FENCE}ts
class LoadingCache<V> {
  private readonly values = new Map<string, { value: V; expiresAt: number }>();
  private readonly inflight = new Map<string, Promise<V>>();

  constructor(
    private readonly load: (key: string) => Promise<V>,
    private readonly ttlMs: number,
    private readonly maxSize = 10_000,
    private readonly now: () => number = Date.now, // injectable clock for tests
  ) {}

  get(key: string): Promise<V> {
    const hit = this.values.get(key);
    if (hit && hit.expiresAt > this.now()) {
      this.values.delete(key); // re-insert: Map order becomes LRU order
      this.values.set(key, hit);
      return Promise.resolve(hit.value);
    }
    const pending = this.inflight.get(key);
    if (pending) return pending; // single flight
    const promise = this.load(key)
      .then((value) => {
        this.values.delete(key);
        this.values.set(key, { value, expiresAt: this.now() + this.ttlMs });
        if (this.values.size > this.maxSize) {
          const oldest = this.values.keys().next().value; // least recently used
          if (oldest !== undefined) this.values.delete(oldest);
        }
        return value;
      })
      .finally(() => this.inflight.delete(key));
    this.inflight.set(key, promise);
    return promise;
  }
}
${FENCE}

Get and set are O(1). The size is bounded with LRU eviction: the Map keeps insertion order, so re-inserting on a hit and evicting the first key drops the least recently used. Trade-offs: serving the expired value while one refresh runs (stale while revalidate) hides load latency, TTL jitter avoids many keys expiring together, a load timeout stops one hung call from blocking all waiters, and single flight is per process: with 20 instances there can still be 20 loads. Tests inject a fake clock to expire entries without sleeping.`,
    outline: [
      "Map key → {value, expiresAt} plus map key → in-flight promise",
      "Concurrent misses await the same promise; check-and-register without a gap",
      "Failures clear the in-flight entry",
      "Bounded LRU; injectable clock; stale-while-revalidate and TTL jitter",
    ],
  },
  {
    id: "code-s-scheduler-heap",
    difficulty: "senior",
    text: "Implement an in-process job scheduler in {language} that runs jobs at given times, supports cancellation, and handles thousands of timers efficiently.",
    keyPoints: [
      point(
        "a min-heap (priority queue) ordered by run time",
        "min heap",
        "priority queue",
        "heap run at",
        "heap ordered run time",
        "earliest run at",
        "heap push",
        "heap peek",
      ),
      point(
        "a single timer armed for the earliest job, re-armed on insert and after running",
        "single timer",
        "one timer",
        "arm timer",
        "re arm",
        "clear timeout",
        "timer earliest job",
      ),
      point(
        "lazy cancellation: mark the job and skip it when popped",
        "lazy deletion",
        "mark cancelled",
        "cancelled flag",
        "tombstone",
        "skip cancelled",
        "cancelled true",
      ),
      point(
        "O(log n) schedule and pop, O(1) peek",
        "o log n",
        "log n push pop",
        "o 1 peek",
        "log n insert",
        "log n schedule",
      ),
      point(
        "timer edge cases: timers fire late, run everything due, clamp delays above 2^31 ms",
        "timers fire late",
        "run all due",
        "everything due",
        "2 31",
        "24 8 days",
        "max timeout",
        "clamp delay",
      ),
      point(
        "a failing job doesn't stop the scheduler",
        "job throws",
        "catch error job",
        "failing job",
        "on error job",
        "isolate job errors",
      ),
      point(
        "an injectable clock and fake timers for tests",
        "inject clock",
        "injectable clock",
        "fake timers",
        "fake clock",
        "now function",
      ),
    ],
    wrong: [
      wrong(
        "setTimeout runs the job exactly at the requested time",
        "A timer fires no earlier than its delay and often later under load; the scheduler must re-read the clock and run everything due.",
        "settimeout exact time",
        "set timeout exact",
        "timer fires exactly",
        "exactly on time",
      ),
      wrong(
        "Removing a cancelled job from the middle of a binary heap is O(1)",
        "Finding it is O(n) without an index map, and removal then costs O(log n); lazy deletion avoids both.",
        "heap remove constant",
        "heap delete constant",
        "remove middle heap o 1",
      ),
      wrong(
        "Keeping a sorted array and re-sorting on every insert is as good as a heap",
        "Re-sorting is O(n log n) per insert (O(n) with an insertion shift) versus O(log n) for a heap.",
        "sort every insert fine",
        "sorted array as good heap",
        "sorted array good enough",
      ),
    ],
    modelAnswer: `Jobs live in a min heap, a priority queue ordered by run time, and only one timer exists at any moment, armed for the earliest job. Scheduling pushes the job and re-arms the timer; when the timer fires, tick runs every job that is due, because timers fire late, never early, so several may be due at once, and then re-arms for the new head. Cancellation is lazy deletion: I mark the job cancelled and skip it when it is popped, since removing from the middle of a heap needs an index. A failing job is caught and reported, so it cannot stop the scheduler.

${FENCE}ts
class MinHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly less: (a: T, b: T) => boolean) {}
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

interface Job {
  runAt: number;
  run: () => void | Promise<void>;
  cancelled: boolean;
}

const MAX_TIMEOUT = 2 ** 31 - 1; // setTimeout overflows above about 24.8 days

class Scheduler {
  private readonly heap = new MinHeap<Job>((a, b) => a.runAt < b.runAt);
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly now: () => number = Date.now, // injectable clock for tests
    private readonly onError: (error: unknown) => void = console.error,
  ) {}

  schedule(runAt: number, run: Job["run"]): () => void {
    const job: Job = { runAt, run, cancelled: false };
    this.heap.push(job);
    this.arm();
    return () => {
      job.cancelled = true; // lazy deletion: skipped when popped
    };
  }

  private arm(): void {
    clearTimeout(this.timer);
    const head = this.heap.peek();
    if (!head) return;
    const delay = Math.min(Math.max(0, head.runAt - this.now()), MAX_TIMEOUT); // clamp delay
    this.timer = setTimeout(() => this.tick(), delay);
  }

  private tick(): void {
    for (let job = this.heap.peek(); job && job.runAt <= this.now(); job = this.heap.peek()) {
      this.heap.pop();
      if (!job.cancelled) Promise.resolve().then(job.run).catch(this.onError); // a failing job is isolated
    }
    this.arm();
  }
}
${FENCE}

Scheduling and popping are O(log n), peeking is O(1), so thousands of jobs cost one timer instead of thousands. The max timeout of setTimeout is 2^31 - 1 ms, about 24.8 days, so longer delays are clamped and the timer simply re-arms. Cancelled jobs stay in the heap until their time; with heavy cancellation I would rebuild the heap when more than half is cancelled. Tests inject a fake clock and fake timers instead of waiting. This is in-process only: jobs are lost on restart unless persisted.`,
    outline: [
      "Min-heap keyed by runAt",
      "One timer armed for the head; re-arm on insert and after each tick",
      "Cancel by marking (lazy deletion); run everything due, isolate failures",
      "O(log n) insert/pop; clamp long delays; inject the clock for tests",
    ],
  },
  {
    id: "code-s-streaming-merge",
    difficulty: "senior",
    text: "You have 100 sorted files of event logs, each too big for memory. Write in {language} how you merge them into one sorted output.",
    keyPoints: [
      point(
        "k-way merge with a min-heap holding the current line of each file",
        "k way merge",
        "min heap",
        "priority queue",
        "heap of heads",
        "pop smallest push next",
        "heap push next",
        "heap pop",
      ),
      point(
        "stream each file, keeping one line per file in memory",
        "stream each file",
        "read line",
        "async iterator",
        "buffered reader",
        "one line per file",
        "reader next",
      ),
      point("O(N log k) time, O(k) memory", "n log k", "o n log k", "o k memory", "log 100", "log k per line"),
      point(
        "I/O efficiency: large buffers, sequential reads, respect write backpressure",
        "buffered writes",
        "large buffer",
        "sequential reads",
        "backpressure",
        "drain",
        "high water mark",
      ),
      point(
        "edge cases: empty files, equal timestamps (stable ties), malformed lines",
        "empty file",
        "ties",
        "equal timestamps",
        "stable merge",
        "file index tie",
        "malformed line",
      ),
      point(
        "scale limits: open file descriptors, merging in rounds",
        "open file limit",
        "file descriptors",
        "multi pass",
        "merge in rounds",
        "ulimit",
        "too many files",
      ),
    ],
    wrong: [
      wrong(
        "Concatenate the files and sort the result",
        "The data does not fit in memory, and a full sort ignores that every file is already sorted; a k-way merge streams in O(N log k).",
        "load all files memory",
        "concatenate files sort",
        "read everything sort",
      ),
      wrong(
        "Scanning the heads of all files for the minimum at each step is just as good",
        "A linear scan costs O(k) per line, O(N·k) overall; a heap makes it O(log k) per line.",
        "scan heads each step",
        "linear scan heads",
        "scan all heads fine",
      ),
    ],
    modelAnswer: `This is a k-way merge. I open a buffered reader per file and stream each file line by line, so memory holds one line per file, 100 lines. A min heap holds the current head line of each file with its file index. I pop the smallest, write it, and push the next line from the same file, until every reader is exhausted.

${FENCE}ts
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";

// MinHeap<T>(less): a binary heap with push, pop and size, O(log k) each.
async function mergeSortedFiles(paths: string[], outPath: string, key: (line: string) => string): Promise<void> {
  const readers = paths.map((path) =>
    createInterface({ input: createReadStream(path, { highWaterMark: 1 << 20 }), crlfDelay: Infinity })[
      Symbol.asyncIterator
    ](),
  );
  const heap = new MinHeap<{ line: string; file: number }>((a, b) => {
    const ka = key(a.line);
    const kb = key(b.line);
    return ka < kb || (ka === kb && a.file < b.file); // ties: lower file index first, a stable merge
  });
  for (const [file, reader] of readers.entries()) {
    const first = await reader.next();
    if (!first.done) heap.push({ line: first.value, file }); // an empty file adds nothing
  }
  const out = createWriteStream(outPath, { highWaterMark: 1 << 20 });
  for (let entry = heap.pop(); entry !== undefined; entry = heap.pop()) {
    if (!out.write(entry.line + "\\n")) await once(out, "drain"); // respect backpressure
    const next = await readers[entry.file].next(); // push the next line of the same file
    if (!next.done) heap.push({ line: next.value, file: entry.file });
  }
  out.end();
  await once(out, "finish");
}
${FENCE}

For N lines in total and k = 100 files it is O(N log k) time, about 7 comparisons per line, and O(k) memory. The work is I/O bound, so large buffers matter: 1 MB high water marks keep reads and writes sequential, and waiting for drain respects backpressure so the output buffer doesn't grow without bound. Edge cases: an empty file simply never enters the heap, equal timestamps are ordered by file index so the merge is stable, and a malformed line should be logged and routed aside rather than silently reordered. At thousands of files I would hit the open file limit (file descriptors), so I would merge in rounds, for example 100 files at a time into intermediate files.`,
    outline: [
      "Open a buffered reader per file",
      "Heap of (head line, file index)",
      "Pop min, write, push the next line from that file",
      "O(N log k) time, O(k) memory; backpressure and file descriptor limits",
    ],
  },
  {
    id: "code-s-trie-autocomplete",
    difficulty: "senior",
    text: "Implement autocomplete in {language} that returns the top 5 most popular completions for a prefix, with updates to popularity.",
    keyPoints: [
      point("a trie (prefix tree) of the terms", "trie", "prefix tree", "children map", "node children", "walk prefix"),
      point(
        "each node caches its top-k completions, so a query never scans the subtree",
        "top k per node",
        "cache top",
        "precompute top",
        "node top",
        "best completions node",
        "top 5 each node",
      ),
      point(
        "a popularity update refreshes the cached lists of every node on the term's path",
        "update every node path",
        "update ancestors",
        "refresh path",
        "propagate popularity",
        "walk path update",
        "each node on path",
      ),
      point(
        "query O(prefix length); update O(L · k log k)",
        "o prefix length",
        "query o l",
        "length prefix",
        "o l k",
        "update o l",
      ),
      point(
        "memory trade-off: k entries per node; compress chains (radix tree), store ids not strings",
        "radix tree",
        "compressed trie",
        "k strings per node",
        "store ids",
        "memory per node",
        "memory trade off",
      ),
      point(
        "edge cases: unknown or empty prefix, normalisation, ties, scores that go down",
        "empty prefix",
        "prefix not found",
        "normalize lowercase",
        "ties",
        "score decrease",
        "score goes down",
      ),
      point(
        "at scale: batch updates and rebuild offline, serve read-only snapshots",
        "rebuild offline",
        "batch updates",
        "shard by prefix",
        "snapshot",
        "periodic rebuild",
        "read only copy",
      ),
    ],
    wrong: [
      wrong(
        "At query time, collect all completions under the prefix and sort them; that's fast enough",
        "A short prefix like 'a' has a huge subtree; caching the top-k per node keeps queries O(prefix length).",
        "dfs subtree each query",
        "collect all completions sort",
        "traverse subtree every query",
      ),
      wrong(
        "A popularity update only needs to change the leaf",
        "Every node on the term's path caches a top-k list that may now include the term, so each must be refreshed.",
        "update only leaf",
        "only leaf changes",
        "leaf only update",
      ),
    ],
    modelAnswer: `I build a trie, a prefix tree with a children map per node, and each node caches its top k completions, here the 5 best terms below it by score. A query walks the prefix and returns that node's list, so it never scans the subtree. An update sets the term's score and walks the term's path from the root, refreshing the cached list at each node on the path: drop the term if present, insert it, re-sort, keep 5.

${FENCE}ts
class TrieNode {
  readonly children = new Map<string, TrieNode>();
  top: string[] = []; // best completions below this node, highest score first
}

class Autocomplete {
  private readonly root = new TrieNode();
  private readonly scores = new Map<string, number>();

  constructor(private readonly k = 5) {}

  update(rawTerm: string, score: number): void {
    const term = rawTerm.toLowerCase();
    this.scores.set(term, score);
    let node = this.root;
    this.refresh(node, term);
    for (const ch of term) {
      let child = node.children.get(ch);
      if (!child) node.children.set(ch, (child = new TrieNode()));
      node = child;
      this.refresh(node, term); // every node on the path
    }
  }

  suggest(prefix: string): string[] {
    let node: TrieNode | undefined = this.root;
    for (const ch of prefix.toLowerCase()) {
      node = node.children.get(ch);
      if (!node) return []; // prefix not found
    }
    return [...node.top];
  }

  private refresh(node: TrieNode, term: string): void {
    const score = (t: string) => this.scores.get(t) ?? 0;
    const candidates = [...node.top.filter((t) => t !== term), term];
    candidates.sort((a, b) => score(b) - score(a) || a.localeCompare(b)); // ties alphabetical
    node.top = candidates.slice(0, this.k);
  }
}
${FENCE}

A query is O(prefix length); an update is O(L · k log k) for a term of length L. The memory trade-off is k strings per node: store term ids instead of strings, and compress single-child chains into a radix tree. Edge cases: an empty prefix returns the global top 5, a prefix not found returns nothing, input is normalized to lower case, and ties are alphabetical. When a score goes down, a term outside the cached list might now deserve a slot, so that node must be rebuilt from its children's lists. At scale I would batch updates, rebuild offline every few minutes, and serve read-only snapshots.`,
    outline: [
      "Trie with a top-k list stored per node",
      "Query: walk the prefix, O(prefix length)",
      "Popularity update walks the path refreshing each node's top-k",
      "Memory: ids not strings, radix compression; batch/offline rebuilds at scale",
    ],
  },
  {
    id: "code-s-idempotent-consumer",
    difficulty: "senior",
    text: "Write a message consumer in {language} that processes payment events exactly once in effect, even though the broker delivers at least once.",
    tags: ["kafka", "rabbitmq", "sqs"],
    keyPoints: [
      point(
        "deduplicate by event id with a unique constraint (processed-events table)",
        "processed events",
        "unique event id",
        "on conflict do nothing",
        "event id primary key",
        "dedupe event id",
        "insert event id",
        "idempotency key",
      ),
      point(
        "record the event id and apply the effect in the same database transaction",
        "transaction dedupe effect",
        "one transaction",
        "begin commit",
        "single transaction",
        "atomically effect",
        "transaction insert update",
      ),
      point(
        "acknowledge (commit the offset) only after the transaction commits",
        "ack after commit",
        "commit offset after",
        "acknowledge after",
        "ack only after",
        "ack after processing",
      ),
      point(
        "why it holds: a crash before the ack means redelivery, and the duplicate becomes a no-op",
        "crash before ack",
        "redelivered",
        "duplicate delivery",
        "redelivery harmless",
        "idempotent processing",
        "duplicate no op",
        "crash means redelivery",
        "duplicates harmless",
      ),
      point(
        "poison messages go to a dead-letter queue after a few attempts",
        "dead letter",
        "dlq",
        "poison message",
        "max attempts",
        "retry count",
      ),
      point(
        "ordering: a per-account partition key, or versions so stale events are ignored",
        "partition key",
        "ordering per account",
        "per key ordering",
        "message group id",
        "partition by account",
        "version number older",
        "out of order events",
      ),
      point(
        "edge cases: external side effects need the provider's idempotency key; prune old ids",
        "external side effect",
        "provider idempotency key",
        "payment provider",
        "retention processed",
        "prune old ids",
        "outbox",
      ),
    ],
    wrong: [
      wrong(
        "Turning on Kafka's exactly-once semantics makes the database write happen exactly once",
        "Kafka transactions cover reads and writes inside Kafka; a side effect in your database still needs idempotent processing.",
        "kafka exactly once database",
        "enable exactly once",
        "broker exactly once enough",
        "configure exactly once delivery",
        "exactly once built in",
      ),
      wrong(
        "Check whether the event was processed, process it, then mark it processed in a separate step",
        "A crash between the effect and the mark, or two consumers checking at once, applies the payment twice; the mark and the effect must share one transaction.",
        "mark processed separately",
        "separate transaction dedupe",
        "check then insert later",
      ),
      wrong(
        "Acknowledge the message first so it isn't redelivered",
        "Acking before processing turns at-least-once into at-most-once: a crash loses the payment.",
        "ack before processing safe",
        "ack immediately",
        "acknowledge immediately",
        "ack on receipt",
        "acknowledge first",
      ),
    ],
    modelAnswer: `The broker delivers at least once, so I make processing idempotent, which gives effectively once. Each event carries an event id, and a processed events table has it as primary key. In one transaction I insert the event id with ON CONFLICT DO NOTHING; only if the row was inserted do I apply the balance change, then commit. I ack only after the commit.

${FENCE}ts
import type { Pool } from "pg";

interface PaymentEvent {
  eventId: string;
  accountId: string;
  amountCents: number;
}

async function handlePayment(pool: Pool, event: PaymentEvent, ack: () => Promise<void>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const inserted = await client.query(
      "INSERT INTO processed_events (event_id) VALUES ($1) ON CONFLICT (event_id) DO NOTHING",
      [event.eventId],
    );
    if (inserted.rowCount === 1) {
      // first delivery: the effect commits in the same transaction as the dedupe record
      await client.query("UPDATE accounts SET balance_cents = balance_cents + $1 WHERE id = $2", [
        event.amountCents,
        event.accountId,
      ]);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error; // not acked: redelivered, and after max attempts the broker moves it to the DLQ
  } finally {
    client.release();
  }
  await ack(); // ack only after the commit
}
${FENCE}

Why it holds: if the consumer crashes before the ack, the message is redelivered, and the duplicate delivery finds the event id already there and becomes a no-op; if it crashes mid-transaction, nothing was committed. A poison message that always fails goes to a dead letter queue after max attempts, so it doesn't block the partition. For ordering per account I use the account id as the partition key (or the SQS message group id). Edge cases: an external side effect such as calling the payment provider can't join my transaction, so I pass the event id as the provider's idempotency key or use an outbox; and the processed events table needs a retention policy longer than the broker's redelivery window.`,
    outline: [
      "Insert the event id into processed_events (unique) in the same transaction as the effect",
      "Ack only after commit; duplicates become no-ops",
      "DLQ after N failures; partition by account id for ordering",
      "External calls use the provider's idempotency key; prune old ids",
    ],
  },
  {
    id: "code-s-circuit-breaker",
    difficulty: "senior",
    text: "Implement a circuit breaker in {language} for calls to a downstream service.",
    keyPoints: [
      point(
        "three states: closed, open and half-open",
        "closed open half open",
        "half open",
        "three states",
        "state open",
        "state closed",
        "closed half open",
      ),
      point(
        "trip after a failure threshold (consecutive failures or a failure rate over a window)",
        "failure threshold",
        "consecutive failures",
        "failure rate",
        "rolling window",
        "failures threshold",
        "minimum volume",
        "too many errors",
        "too many failures",
      ),
      point(
        "after a cool-down, half-open lets a probe through; success closes, failure reopens",
        "cooldown",
        "cool down",
        "probe",
        "trial request",
        "test call",
        "one probe",
      ),
      point(
        "count only downstream failures: timeouts and 5xx, not 4xx",
        "timeouts count",
        "5xx count",
        "count as failure",
        "counts as failure",
        "not count 4xx",
        "client errors",
      ),
      point(
        "while open, fail fast (optionally with a fallback)",
        "fail fast",
        "failing fast",
        "fallback",
        "cached fallback",
        "circuit open error",
        "throw immediately",
        "fail immediately",
      ),
      point(
        "observability and tests: state-change metrics, injectable clock",
        "inject clock",
        "injectable clock",
        "state change metric",
        "emit metric",
        "fake clock",
        "log transitions",
      ),
      point(
        "edge cases: one probe at a time, one breaker per downstream",
        "probe in flight",
        "concurrent probes",
        "only one probe",
        "per host",
        "per endpoint",
        "per downstream",
      ),
    ],
    wrong: [
      wrong(
        "Every error, including 4xx responses, should count toward tripping the breaker",
        "A 4xx means the downstream is healthy and rejected our request; counting it can open the circuit on our own bug.",
        "4xx trip breaker",
        "every error trips",
        "client errors trip",
      ),
      wrong(
        "In half-open, let all traffic through to test the service",
        "A recovering service can be knocked over again; half-open admits one or a few probes.",
        "half open all traffic",
        "half open let everything",
        "half open full traffic",
      ),
      wrong(
        "A circuit breaker retries failed calls until the service recovers, so retries and breakers are the same thing",
        "A breaker stops calling a failing service and fails fast so it can recover; retries are separate and, unchecked, multiply the load.",
        "breaker retries until recovers",
        "breaker keeps retrying",
        "retries replace breaker",
        "breaker unnecessary retries",
      ),
      wrong(
        "With a circuit breaker you don't need timeouts",
        "A hanging call never fails, so without a timeout the breaker never sees a failure; timeouts are what feed it.",
        "not need timeouts",
        "breaker detects slow calls",
        "breaker replaces timeouts",
      ),
    ],
    modelAnswer: `The breaker has three states: closed, open and half-open. Closed passes calls through and counts consecutive failures; at the failure threshold it trips to open. Open means fail fast: calls throw a circuit open error immediately, or return a fallback, without touching the downstream. After the cool-down the next call becomes a probe in half-open state: success closes the circuit, failure reopens it. Only one probe runs at a time. Only timeouts and 5xx count as failure. A 4xx means the downstream answered, so it is not a failure.

${FENCE}ts
type State = "closed" | "open" | "half-open";
class CircuitOpenError extends Error {}

class CircuitBreaker {
  private state: State = "closed";
  private failures = 0;
  private openedAt = 0;
  private probing = false;

  constructor(
    private readonly failureThreshold = 5,
    private readonly cooldownMs = 30_000,
    private readonly now: () => number = Date.now, // injectable clock for tests
    private readonly countsAsFailure: (error: unknown) => boolean = () => true, // e.g. timeouts and 5xx only
    private readonly onStateChange: (state: State) => void = () => {}, // metrics and logs
  ) {}

  async call<T>(fn: () => Promise<T>): Promise<T> {
    if (this.state === "open") {
      if (this.now() - this.openedAt < this.cooldownMs) throw new CircuitOpenError("failing fast");
      this.transition("half-open");
    }
    const isProbe = this.state === "half-open";
    if (isProbe) {
      if (this.probing) throw new CircuitOpenError("probe in flight");
      this.probing = true;
    }
    try {
      const result = await fn();
      this.recordSuccess(isProbe);
      return result;
    } catch (error) {
      if (this.countsAsFailure(error)) this.recordFailure(isProbe);
      else this.recordSuccess(isProbe); // the downstream answered
      throw error;
    } finally {
      if (isProbe) this.probing = false;
    }
  }

  private recordSuccess(isProbe: boolean): void {
    if (isProbe) this.transition("closed");
    if (this.state === "closed") this.failures = 0;
  }

  private recordFailure(isProbe: boolean): void {
    if (this.state === "open") return; // already tripped by another call
    this.failures++;
    if (isProbe || this.failures >= this.failureThreshold) {
      this.openedAt = this.now();
      this.transition("open");
    }
  }

  private transition(state: State): void {
    if (state === this.state) return;
    this.state = state;
    this.onStateChange(state); // emit a metric on every state change
  }
}
${FENCE}

Every method is O(1). Consecutive failures are simple; at high traffic a failure rate over a rolling window with a minimum volume is more robust. I keep one breaker per downstream host or endpoint, so one broken dependency doesn't block healthy ones. Tests inject a fake clock to move through the cool-down, and a state change metric makes an open circuit visible on dashboards.`,
    outline: [
      "Closed: count failures (consecutive or rate over a window)",
      "Open: fail fast until the cool-down passes",
      "Half-open: one probe; close on success, reopen on failure",
      "Count timeouts/5xx, not client errors; injectable clock and metrics",
    ],
  },
  {
    id: "code-s-running-median",
    difficulty: "senior",
    text: "In {language}, a service reports request latencies one at a time. Support add(latency) and median() at any moment, efficiently.",
    keyPoints: [
      point(
        "two heaps: a max-heap for the lower half, a min-heap for the upper half",
        "two heaps",
        "max heap lower half",
        "min heap upper half",
        "lower upper halves",
        "smaller half max heap",
        "larger half min heap",
      ),
      point(
        "rebalance so the sizes differ by at most one",
        "rebalance",
        "sizes differ at most one",
        "balance sizes",
        "move top other heap",
        "lower size upper size",
      ),
      point(
        "the median comes from the tops: the lower top, or the average of both tops",
        "median top",
        "average two tops",
        "top of lower",
        "peek lower",
        "mean of tops",
        "middle two",
      ),
      point(
        "O(log n) per add, O(1) per median",
        "o log n add",
        "o 1 median",
        "log n insert",
        "constant median",
        "log n per add",
      ),
      point(
        "memory grows with every sample: bounded alternatives (histogram, t-digest, sliding window)",
        "unbounded memory",
        "memory grows",
        "histogram",
        "t digest",
        "sliding window",
        "fixed buckets",
      ),
      point(
        "edge cases: no samples yet, even vs odd count, duplicates",
        "empty median",
        "two middle values",
        "odd count",
        "duplicates",
        "throw empty",
        "empty heaps throw",
      ),
    ],
    wrong: [
      wrong(
        "A sorted array with binary-search insertion gives O(log n) adds",
        "Finding the slot is O(log n), but shifting the elements to insert is O(n).",
        "sorted array log n",
        "binary search insert log n",
        "sorted list log n insert",
      ),
      wrong(
        "The mean latency is the same as the median",
        "Latency distributions are skewed: a few slow requests pull the mean far above the median.",
        "mean equals median",
        "median equal mean",
      ),
    ],
    modelAnswer: `I keep two heaps: a max heap for the lower half of the latencies and a min heap for the upper half. A new value goes to the lower half if it is at most the lower top, otherwise to the upper half. Then I rebalance by moving the top of one heap to the other, so the sizes differ by at most one, with the lower half never smaller. The median is the top of the lower heap for an odd count, or the average of the two tops for an even count.

${FENCE}ts
// MinHeap<T>(less): a binary heap with push, pop, peek and size; a reversed comparator makes a max-heap.
class RunningMedian {
  private readonly lower = new MinHeap<number>((a, b) => a > b); // max heap: lower half
  private readonly upper = new MinHeap<number>((a, b) => a < b); // min heap: upper half

  add(latency: number): void {
    const lowTop = this.lower.peek();
    if (lowTop === undefined || latency <= lowTop) this.lower.push(latency);
    else this.upper.push(latency);
    // rebalance: lower size equals upper size, or exceeds it by one
    if (this.lower.size > this.upper.size + 1) this.moveTop(this.lower, this.upper);
    else if (this.upper.size > this.lower.size) this.moveTop(this.upper, this.lower);
  }

  median(): number {
    const low = this.lower.peek();
    if (low === undefined) throw new Error("no latencies yet");
    if (this.lower.size > this.upper.size) return low; // odd count
    return (low + (this.upper.peek() ?? low)) / 2; // even count: average two tops
  }

  private moveTop(from: MinHeap<number>, to: MinHeap<number>): void {
    const top = from.pop();
    if (top !== undefined) to.push(top);
  }
}
${FENCE}

add is O(log n) per add and median is O(1). Edge cases: median with no samples throws, duplicates are fine because ties go to the lower half, and even versus odd count is handled. The real production issue is memory: it grows with every sample, so for a long-running service I would keep the median over a sliding window (two heaps with lazy deletion) or switch to a histogram with fixed buckets or a t-digest, which gives approximate percentiles, including p99, in bounded memory.`,
    outline: [
      "Max-heap for the lower half, min-heap for the upper half",
      "Rebalance so sizes differ by at most one",
      "Median = lower top, or the average of both tops",
      "O(log n) add, O(1) median; bounded-memory alternatives",
    ],
  },
  {
    id: "code-s-dijkstra-latency",
    difficulty: "senior",
    text: "In {language}, services call each other with known average latencies, given as a weighted directed graph. Find the lowest total latency from one service to every other.",
    keyPoints: [
      point(
        "Dijkstra's algorithm with a min-heap keyed by distance",
        "dijkstra",
        "min heap distance",
        "priority queue distance",
        "heap by distance",
        "pop smallest distance",
        "closest unsettled",
      ),
      point(
        "relax each outgoing edge when it gives a shorter distance",
        "relax edge",
        "relaxation",
        "update distance",
        "shorter path found",
        "candidate less dist",
        "dist set candidate",
      ),
      point(
        "skip stale heap entries (lazy deletion instead of decrease-key)",
        "skip stale",
        "stale entry",
        "lazy deletion",
        "already settled",
        "decrease key",
        "visited skip",
      ),
      point(
        "requires non-negative weights; otherwise Bellman-Ford",
        "non negative weights",
        "negative weights",
        "bellman ford",
        "latencies non negative",
        "weights non negative",
        "not negative edges",
      ),
      point("O((V + E) log V) time", "e log v", "o e log v", "v e log v", "log v per edge", "e log n", "o v e log"),
      point(
        "edge cases: unreachable services, self-loops, parallel edges, reconstructing the path",
        "unreachable",
        "infinity",
        "disconnected",
        "parallel edges",
        "path reconstruction",
        "previous map",
      ),
    ],
    wrong: [
      wrong(
        "BFS gives the lowest latency in a weighted graph",
        "BFS minimises the number of hops; with different latencies a path with more hops can be faster.",
        "bfs weighted shortest",
        "bfs works weights",
        "bfs lowest latency",
      ),
      wrong(
        "Dijkstra handles negative weights",
        "A negative edge can improve a node after it was settled, so Dijkstra may return wrong distances; use Bellman-Ford.",
        "dijkstra handles negative",
        "negative weights fine",
        "dijkstra works negative",
      ),
    ],
    modelAnswer: `This is Dijkstra's algorithm. A min heap keyed by distance holds (distance, service) pairs, starting with the source at 0. I pop the closest unsettled service and relax each outgoing edge: if its distance plus the edge latency is shorter than the best known distance of the neighbour, I update the distance and push the neighbour. Instead of decrease-key I use lazy deletion, so a popped entry whose distance is larger than the recorded one is stale and skipped.

${FENCE}ts
type Graph = Map<string, Array<{ to: string; latencyMs: number }>>;

// MinHeap<T>(less): a binary heap with push and pop, O(log n) each.
function lowestLatencies(graph: Graph, source: string): Map<string, number> {
  const dist = new Map<string, number>([[source, 0]]);
  const heap = new MinHeap<[number, string]>((a, b) => a[0] < b[0]); // (distance, service)
  heap.push([0, source]);
  for (let entry = heap.pop(); entry !== undefined; entry = heap.pop()) {
    const [d, service] = entry;
    if (d > (dist.get(service) ?? Infinity)) continue; // stale entry: already settled
    for (const { to, latencyMs } of graph.get(service) ?? []) {
      const candidate = d + latencyMs;
      if (candidate < (dist.get(to) ?? Infinity)) {
        dist.set(to, candidate); // relax the edge
        heap.push([candidate, to]);
      }
    }
  }
  return dist; // services missing from the map are unreachable
}
${FENCE}

It runs in O((V + E) log V) time with a binary heap, and O(V + E) space. It requires non-negative weights, which latencies are; with negative weights I would use Bellman-Ford. Plain BFS counts hops, which only equals latency when every call costs the same. Edge cases: unreachable services are absent from the result (or Infinity), self-loops and parallel edges are harmless because relaxation keeps the minimum, and for the actual route I would keep a previous map and walk it back from the target.`,
    outline: [
      "Min-heap of (distance, node), source at 0",
      "Pop closest, relax outgoing edges, push improvements",
      "Skip stale entries (lazy deletion)",
      "O((V + E) log V); non-negative weights only; unreachable nodes",
    ],
  },
  {
    id: "code-s-kv-transactions",
    difficulty: "senior",
    text: "In {language}, implement an in-memory key-value store with get, set and delete plus nested transactions: begin, rollback (discard the innermost transaction) and commit (apply the innermost transaction to its parent).",
    keyPoints: [
      point(
        "a stack of open transactions, each an overlay of its changes",
        "stack of transactions",
        "transaction stack",
        "layers stack",
        "push layer begin",
        "overlay map",
        "layers push",
      ),
      point(
        "writes go to the top layer; reads search from the newest layer down to the store",
        "writes top layer",
        "newest layer first",
        "search layers down",
        "fall back store",
        "innermost change wins",
        "layers get key",
      ),
      point(
        "deletes write a tombstone so the parent's value doesn't show through",
        "tombstone",
        "deleted marker",
        "deletion marker",
        "mark deleted",
        "deleted symbol",
      ),
      point(
        "rollback discards the top layer; commit merges it into the parent (or the store)",
        "commit merges parent",
        "merge into parent",
        "rollback discards",
        "rollback pops",
        "discard top layer",
        "parent set key",
      ),
      point(
        "complexity and the undo-log alternative: O(1) writes, O(depth) reads, O(changes) commit",
        "o 1 set",
        "o depth",
        "o changes",
        "undo log",
        "o 1 get",
        "depth worst case",
      ),
      point(
        "edge cases: rollback or commit with no open transaction, set then delete, missing keys",
        "rollback outside transaction",
        "commit outside transaction",
        "open transaction throws",
        "set then delete",
        "delete missing key",
        "empty stack",
      ),
      point(
        "scope: memory only (a write-ahead log for durability), one stack per client session",
        "write ahead log",
        "not durable",
        "lost on restart",
        "per session",
        "each session stack",
        "isolation between clients",
      ),
    ],
    wrong: [
      wrong(
        "Taking a full copy of the store at begin is a cheap way to roll back",
        "Copying is O(size of the store) on every begin; layers or an undo log cost only as much as the changes.",
        "copy whole store fine",
        "full copy cheap",
        "clone store cheap",
      ),
      wrong(
        "To delete inside a transaction, just remove the key from that transaction's map",
        "Removing it from the layer makes reads fall through to the parent's old value; the delete must be recorded as a tombstone.",
        "not need tombstone",
        "removing key enough",
        "delete removes key enough",
      ),
      wrong(
        "A nested commit should write straight to the base store",
        "Then an outer rollback could no longer undo it; a nested commit merges into its parent transaction.",
        "commit writes directly store",
        "commit straight base store",
        "nested commit straight store",
      ),
    ],
    modelAnswer: `I keep the committed data in a base map and a stack of transactions, each an overlay map holding only the changes made inside it. begin pushes an empty layer. Writes go to the top layer, and a read searches the layers from the newest layer down and falls back to the store, so the innermost change wins. A delete writes a tombstone, a DELETED marker, because removing the key from the layer would let the parent's old value show through. rollback pops the top layer and discards it; commit pops it and merges it into the parent, or into the store at the top level, so an outer rollback can still undo a nested commit.

${FENCE}ts
const DELETED = Symbol("deleted"); // tombstone
type Layer = Map<string, string | typeof DELETED>;

class TransactionalStore {
  private readonly store = new Map<string, string>();
  private readonly layers: Layer[] = []; // stack of open transactions, innermost last

  get(key: string): string | undefined {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const value = this.layers[i].get(key); // newest layer first
      if (value === DELETED) return undefined;
      if (value !== undefined) return value;
    }
    return this.store.get(key);
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

  rollback(): void {
    if (!this.layers.pop()) throw new Error("no open transaction");
  }

  commit(): void {
    const top = this.layers.pop();
    if (!top) throw new Error("no open transaction");
    const parent = this.layers.at(-1);
    for (const [key, value] of top) {
      if (parent) parent.set(key, value); // merge into the parent transaction
      else this.apply(key, value);
    }
  }

  private write(key: string, value: string | typeof DELETED): void {
    const top = this.layers.at(-1);
    if (top) top.set(key, value);
    else this.apply(key, value);
  }

  private apply(key: string, value: string | typeof DELETED): void {
    if (value === DELETED) this.store.delete(key);
    else this.store.set(key, value);
  }
}
${FENCE}

Set, delete, begin and rollback are O(1), commit is O(changes) in the layer, and get is O(depth) in the worst case. The alternative is an undo log: write straight into the store and record each key's old value once per transaction, which gives O(1) get and makes rollback O(changes). Edge cases: rollback or commit outside a transaction throws, set then delete in one transaction leaves a tombstone, and deleting a missing key is harmless. Scope: it is memory only, so data is lost on restart; a write ahead log would make commits durable, and with several clients each session needs its own stack plus locking or versions for isolation between clients.`,
    outline: [
      "Base map plus a stack of overlay maps, one per open transaction",
      "Writes to the top layer; reads search newest to oldest, then the store",
      "Deletes as tombstones; rollback pops, commit merges into the parent",
      "O(1) writes, O(depth) reads; undo log as the alternative; durability and sessions",
    ],
  },
]);
