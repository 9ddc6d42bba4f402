// Clarifications and hints for the coding questions (coding.ts): input bounds, edge-case contracts and
// what may be assumed, as an interviewer states them. The contracts agree with the executable specs in
// coding-executable.ts, so a candidate who asks gets the behaviour the hidden tests expect.
import type { QuestionClarifications } from "./clarifications.ts";

export const CODING_CLARIFICATIONS: Readonly<Record<string, QuestionClarifications>> = {
  "code-j-two-sum": {
    facts: [
      {
        about: ["negative numbers", "negatives", "duplicates", "repeated values", "zeros", "same value"],
        answer: "Values can be negative or zero, and a value can appear at several positions.",
      },
      {
        about: [
          "no pair",
          "no solution",
          "pair exists",
          "multiple pairs",
          "more than one pair",
          "several solutions",
          "always answer",
        ],
        answer: "At most one pair adds up to the target. When none does, give back null (None in Python).",
      },
      {
        about: ["use same element", "same index", "reuse element", "same number twice", "element itself"],
        answer:
          "The two positions must differ: one element can't pair with itself, though equal values at two positions can.",
      },
      {
        about: ["array size", "how large", "how many elements", "input size", "length array", "how big"],
        answer:
          "Up to 100,000 numbers, each between -1,000,000,000 and 1,000,000,000, so a quadratic scan is too slow.",
      },
      {
        about: ["input sorted", "array sorted", "order indices", "output order", "which order"],
        answer: "The array is in arbitrary order, and the two indices may come back in either order.",
      },
    ],
    hints: [
      "For each number, you know exactly which other value would complete the target. How could you tell quickly whether you've already passed it?",
      "Trade memory for speed: remember what you have already walked past, so checking for a partner doesn't mean scanning the array again.",
      "Keep a hash map from every value seen so far to its index; then each new number finds its partner with a single lookup.",
    ],
  },
  "code-j-palindrome": {
    facts: [
      {
        about: ["character set", "unicode", "ascii", "which characters", "accented letters", "emoji"],
        answer: "Only ASCII letters and digits count; every other character, spaces included, is skipped.",
      },
      {
        about: ["case sensitive", "uppercase", "capital letters", "upper lower"],
        answer: "Letters compare regardless of case: 'A' and 'a' are the same letter.",
      },
      {
        about: ["string length", "how long", "input size", "how large"],
        answer: "Strings up to about 100,000 characters, so allocating a full cleaned copy is allowed but not free.",
      },
      {
        about: ["blank input", "only punctuation", "only symbols", "zero letters"],
        answer: "A string with no letters or digits at all counts as a palindrome: true.",
      },
    ],
    hints: [
      "Think about what the first character and the last character have to satisfy, then the second and the second-to-last.",
      "You can check from both ends towards the middle, skipping whatever isn't a letter or digit as you go.",
      "Two indices, one from each end, that step past ignored characters and compare the rest in one pass need no cleaned copy of the string.",
    ],
  },
  "code-j-count-words": {
    facts: [
      {
        about: ["text size", "how large", "how big", "fit memory", "input size"],
        answer:
          "Around 50 MB of text, several million words, but only some tens of thousands of distinct words: it fits in memory.",
      },
      {
        about: ["case matter", "case sensitive", "capital letters", "uppercase"],
        answer: 'Capitals don\'t make a different word: "Hello" and "hello" are one word.',
      },
      {
        about: ["ties", "equal counts", "same frequency", "tie break"],
        answer: "Equal frequencies go in alphabetical order; the output is [word, frequency] pairs, highest first.",
      },
      {
        about: ["fewer than 10", "fewer words", "less than ten", "small text"],
        answer: "If the text has fewer than 10 distinct words, report all of them.",
      },
      {
        about: ["what word", "word definition", "apostrophes", "digits", "numbers words", "hyphens"],
        answer: 'A word is a run of the letters a-z and apostrophes, so "it\'s" is one word and digits are not words.',
      },
    ],
    hints: [
      "Break the job in two: first know how often every word occurs, then worry about picking the winners.",
      "Tallying is one pass with a lookup table; for the selection, ask whether you really need to order every distinct word.",
      "A hash map from word to count gives every frequency in one pass; the winners then come from the distinct entries, not from the text.",
    ],
  },
  "code-j-reverse-linked-list": {
    facts: [
      {
        about: ["new list", "modify list", "copy list", "allocate nodes", "mutate"],
        answer: "Reverse the existing nodes by relinking them; don't allocate new nodes. Give back the new head.",
      },
      {
        about: ["doubly linked", "singly linked", "previous pointer", "node structure"],
        answer: "Singly linked: each node has a value and a next reference, nothing pointing backwards.",
      },
      {
        about: ["null input", "zero nodes", "list empty", "head missing"],
        answer: "A list of zero nodes comes in as null; give null back.",
      },
      {
        about: ["list length", "how long", "how many nodes", "list size"],
        answer: "Up to 100,000 nodes, so a recursive version may overflow the call stack in some languages.",
      },
    ],
    hints: [
      "Draw a short list on paper and redirect its arrows one by one. What do you lose the moment you redirect an arrow?",
      "Walk the list once, turning each arrow around as you pass it, and keep enough references that nothing becomes unreachable.",
      "Before pointing a node back at its predecessor, hold on to its successor in a temporary variable, or the rest of the list is cut off.",
    ],
  },
  "code-j-valid-parentheses": {
    facts: [
      {
        about: ["string length", "how long", "input size", "nesting depth", "how deep"],
        answer: "Up to 100,000 characters, and nesting can be that deep too, so avoid recursion.",
      },
      {
        about: ["blank input", "zero characters", "empty string"],
        answer: "A string with no brackets at all is balanced.",
      },
      {
        about: ["other characters", "letters", "spaces", "non bracket"],
        answer: "Other characters may appear and are simply ignored.",
      },
      {
        about: ["which brackets", "bracket types", "kinds brackets", "curly braces", "square brackets"],
        answer: "Three kinds: round, square and curly brackets.",
      },
    ],
    hints: [
      "When you meet a closing bracket, which opening bracket does it have to pair with?",
      "The most recently opened bracket that is still open is the only one a closer may close. Which structure gives you 'most recent first'?",
      "Keep the openers that are still waiting in a stack: a closer is only valid against the most recent one.",
    ],
  },
  "code-j-merge-sorted": {
    facts: [
      {
        about: ["array sizes", "how large", "input size", "how long", "lengths"],
        answer: "Each array holds up to 100,000 numbers, and one can be far longer than the other.",
      },
      {
        about: ["negative numbers", "duplicates", "repeated values", "value range", "big numbers"],
        answer: "Values can be negative, large (beyond 32 bits) and repeated, within and across the arrays.",
      },
      {
        about: ["sorted ascending", "sort order", "descending", "which order"],
        answer: "Both are sorted in ascending order, and the result should be ascending too.",
      },
      {
        about: ["in place", "modify input", "new array", "extra memory"],
        answer: "Return a new array; leave the inputs as they are.",
      },
    ],
    hints: [
      "Which value has to come first in the output, and where can it possibly be?",
      "Walk both arrays at the same time, one position in each, deciding at every step which side contributes the next value.",
      "Compare the current front of each array and copy the smaller one; when one array runs out, the rest of the other is already in order.",
    ],
  },
  "code-j-fetch-retry": {
    facts: [
      {
        about: ["which failures", "which errors", "status codes", "what counts failure"],
        answer: "A call can throw (connection refused, or no reply in time) or answer with any HTTP status code.",
      },
      {
        about: ["how long wait", "delay", "how fast run", "wait between"],
        answer:
          "The API's median latency is 80 ms, and callers are willing to wait about 10 seconds for the whole call.",
      },
      {
        about: ["idempotent", "post request", "which method", "side effects"],
        answer: "Assume the calls are GETs, safe to repeat. For POSTs we'd have to talk about duplicates.",
      },
      {
        about: ["all fail", "gives up", "every attempt", "after last"],
        answer: "If nothing succeeds, the caller should get an error it can handle, not a silent undefined.",
      },
      {
        about: ["how many attempts", "three tries", "number retries", "total attempts", "first call count"],
        answer: "3 means three calls in total, the first one included.",
      },
    ],
    hints: [
      "Not every failure is worth a second try: some errors will be identical however often you repeat the call.",
      "Sort outcomes into transient and permanent ones, then decide how long to pause before calling again, and whether that pause should stay fixed.",
      "Retry only errors that may clear up on their own (network errors, timeouts, 429, 5xx), with each wait longer than the one before.",
    ],
  },
  "code-j-binary-search": {
    facts: [
      {
        about: ["array size", "how large", "input size", "how long"],
        answer: "Up to 10 million elements, values up to 2^40, so indices and values need care.",
      },
      {
        about: ["duplicates", "repeated values", "distinct values", "unique values"],
        answer: "The values are distinct and sorted ascending.",
      },
      {
        about: ["not found", "target absent", "what return", "missing value"],
        answer: "If the target isn't there, give back -1.",
      },
      {
        about: ["built in", "library function", "standard library"],
        answer: "No library search: write the loop yourself.",
      },
    ],
    hints: [
      "Compare the target with one well-chosen element. What does that single comparison tell you about all the others?",
      "Keep track of a range where the target could still be, and shrink it after every comparison.",
      "Compare with the middle element of the range still in play: whatever the result, one side of it can be thrown away, so the range shrinks geometrically.",
    ],
  },
  "code-j-dedupe-preserve-order": {
    facts: [
      {
        about: ["which spelling", "keep which", "output casing", "which version"],
        answer: "The earliest entry wins and stays where it was, as typed apart from surrounding spaces.",
      },
      {
        about: ["whitespace", "spaces around", "blank", "padding"],
        answer:
          "Some entries carry spaces around them and a few are just whitespace; drop those, they aren't addresses.",
      },
      {
        about: ["validate emails", "invalid emails", "gmail dots", "plus addressing", "email format"],
        answer:
          "Don't validate addresses, and don't fold Gmail dots or +tags: only case and surrounding spaces make two entries equal.",
      },
      {
        about: ["list size", "how many emails", "how large", "input size"],
        answer: "Up to a million emails, from a sign-up export.",
      },
    ],
    hints: [
      "Going through the list once, how would you know whether you have met an address before?",
      "Decide what makes two entries 'the same', build that comparison form for each one, and remember the forms you've already accepted.",
      "Walk the list in order with a set of seen normalised addresses, keeping an entry only the first time its form shows up.",
    ],
  },
  "code-j-group-anagrams": {
    facts: [
      {
        about: ["character set", "lowercase only", "which letters", "unicode"],
        answer: "Mostly the small English letters a-z, but 'A' and 'a' are different characters here.",
      },
      {
        about: ["duplicates", "same word twice", "repeated words"],
        answer: "A word can occur more than once; each occurrence belongs in its anagram's group.",
      },
      {
        about: ["how many words", "list size", "input size", "word length", "how long"],
        answer: "Up to 10,000 words, each at most 100 characters long.",
      },
      {
        about: ["output order", "group order", "order within group", "which order"],
        answer: "Groups, and the words inside a group, may come out in any order.",
      },
    ],
    hints: [
      "Two words are anagrams when something about them is identical even though their order of letters is not. What is that something?",
      "Find a representation of a word that every anagram of it shares, then gather words by that representation.",
      "Words that are anagrams become identical once their letters are sorted, so the sorted letters can serve as the group's name.",
    ],
  },
  "code-j-fibonacci-memo": {
    facts: [
      {
        about: ["range n", "how large", "largest n", "maximum n", "n up"],
        answer: "The smallest input is zero and the largest is 90; the sequence starts 0, 1, 1, 2, 3.",
      },
      {
        about: ["return type", "number size", "integer limits", "big numbers", "string result"],
        answer: "fib(90) is about 2.9 × 10^18, too big for a double to hold exactly, so return it as a decimal string.",
      },
      {
        about: ["how fast run", "time limit", "performance", "many calls"],
        answer: "It must answer well within a second for every n in that range.",
      },
      {
        about: ["negative input", "invalid input", "input validation"],
        answer: "n is never below 0 in the tests, but say what you'd do with a bad input.",
      },
    ],
    hints: [
      "Draw the calls that fib(5) makes. How many times is fib(2) computed?",
      "Either remember each result the first time you have it, or build the sequence up from the smallest values.",
      "Each value depends only on the two before it, so a loop from the bottom that keeps just two numbers computes fib(n) in n steps.",
    ],
  },
  "code-j-stock-profit": {
    facts: [
      { about: ["how many days", "array size", "how large", "input size"], answer: "Up to 100,000 days of prices." },
      {
        about: ["short selling", "sell before buy", "sell first", "multiple trades"],
        answer: "One buy, then one sell on a strictly later day; no short selling and no second trade.",
      },
      {
        about: ["losing money", "negative profit", "no profit", "prices drop", "prices fall"],
        answer: "If every trade would lose money, the answer is 0: you simply don't trade.",
      },
      {
        about: ["price values", "fractional prices", "price range", "zero prices"],
        answer: "Prices are non-negative integers up to about 10^9.",
      },
    ],
    hints: [
      "Suppose you sell on a given day. Which earlier day would you have wanted to buy on?",
      "For every possible selling day, you only need one fact about all the days before it. Can you keep that fact up to date as you go?",
      "Scan once, carrying the lowest price seen so far; each day's best possible sale is its price minus that low point.",
    ],
  },
  "code-j-log-error-count": {
    facts: [
      {
        about: ["time zone", "timestamp format", "what minute", "seconds"],
        answer:
          "Timestamps are ISO-8601 with a Z suffix; a minute is the timestamp cut after the minutes, seconds dropped.",
      },
      {
        about: ["bad lines", "malformed", "blank", "format always"],
        answer: "A few lines are empty or carry fewer than three fields: ignore them. 'error' and 'Error' count too.",
      },
      {
        about: ["how many lines", "file size", "input size", "how large"],
        answer: "A day of logs: about 2 million lines, fitting comfortably in memory.",
      },
      {
        about: ["ties", "equal counts", "same count", "tie break"],
        answer: "Break ties by service name, then by minute, alphabetically.",
      },
      {
        about: ["output format", "print what", "return rows"],
        answer:
          "For each of the 3 rows: service, minute and error count. Returning the rows instead of printing them is fine.",
      },
    ],
    hints: [
      "What exactly is the thing you are counting? Give it a name made of the pieces of a line.",
      "Derive from each error line a label combining which service failed and in which minute, tally the labels, then pick the largest tallies.",
      "Tally error lines in a hash map keyed by service plus the timestamp cut to its first 16 characters, then order the entries by count.",
    ],
  },
  "code-m-lru-cache": {
    facts: [
      {
        about: ["capacity size", "how many entries", "how large", "max capacity", "capacity range"],
        answer:
          "Capacity is fixed at construction, anywhere from 0 to about 100,000 entries; 0 means nothing is ever kept.",
      },
      {
        about: ["missing key", "get absent", "what get return", "unknown key"],
        answer: "get of an absent key gives null.",
      },
      {
        about: ["key types", "value types", "what keys", "string keys"],
        answer: "Keys are strings or numbers, values anything; a value like 0 or false is a real value.",
      },
      {
        about: ["thread safe", "concurrency", "multiple threads", "concurrent access"],
        answer: "Single-threaded: no locking needed for this exercise.",
      },
      {
        about: ["built in", "library", "ordered map", "standard library"],
        answer: "Your language's standard maps are fine, but explain what the one you use guarantees about order.",
      },
    ],
    hints: [
      "Both operations must be fast, and both change which entry is 'oldest'. Which single structure can't give you cheap lookup and cheap reordering?",
      "Combine two structures: one for finding an entry by key, one for keeping entries in order of use where any entry can be moved cheaply.",
      "A doubly linked list keeps entries in order of use, and unlinking a node you already hold and reinserting it at the front is cheap.",
    ],
  },
  "code-m-rate-limiter-class": {
    facts: [
      {
        about: ["time source", "current time", "clock", "pass time"],
        answer: "allow receives the current time in milliseconds as a parameter, so tests never wait.",
      },
      {
        about: ["new key", "first request", "initial tokens", "start full"],
        answer: "A key seen for the first time starts with a full allowance.",
      },
      {
        about: ["how many keys", "number clients", "key count", "how many users"],
        answer: "Up to about a million distinct keys a day, but only some thousands active in any minute.",
      },
      {
        about: ["what limit", "capacity value", "refill rate", "limit parameters", "how many requests"],
        answer:
          "Capacity and refill rate are constructor parameters, for example 10 requests, refilled at 5 per second; the rate can also be 0.5 per second.",
      },
      {
        about: ["multiple servers", "distributed", "single process", "shared across"],
        answer: "One process only: no sharing across servers for this exercise.",
      },
    ],
    hints: [
      "Think about what you need to remember per key so that, at any later moment, you can tell how many requests it may still make.",
      "There is no need for a timer that adds tokens: compute what a key has earned since you last looked at it.",
      "Per key, keep the tokens left and the time you last updated them: that pair is enough to know the balance at any later moment.",
    ],
  },
  "code-m-merge-intervals": {
    facts: [
      { about: ["how many intervals", "input size", "how large", "list size"], answer: "Up to 100,000 intervals." },
      {
        about: ["input sorted", "order input", "sorted by start", "any order"],
        answer: "They arrive in any order, and the input must not be modified.",
      },
      {
        about: ["touching", "share endpoint", "end equals start", "adjacent meetings", "inclusive ends"],
        answer: "[1, 2] and [2, 3] count as overlapping: they become [1, 3].",
      },
      {
        about: ["time values", "time format", "integers", "negative values"],
        answer: "Start and end are integers with start ≤ end; zero-length meetings can appear.",
      },
    ],
    hints: [
      "Overlaps are hard to spot when intervals come in random order. What order would make overlapping intervals sit next to each other?",
      "Once they are ordered, one pass can build the result; at each step only the most recently built range matters.",
      "Once sorted by start, overlapping meetings are neighbours, so each one only needs comparing with the latest merged range.",
    ],
  },
  "code-m-top-k-stream": {
    facts: [
      {
        about: ["how many products", "distinct products", "catalog size", "id space"],
        answer: "About 5 million distinct product ids, a long tail of them viewed only once.",
      },
      {
        about: ["event rate", "views per second", "how many events", "traffic"],
        answer: "Around 20,000 views per second at peak, and the top may be read after any view.",
      },
      {
        about: ["exact counts", "approximate", "accuracy", "precision"],
        answer: "Exact counts please for this exercise; we can discuss what changes if memory becomes the limit.",
      },
      {
        about: ["ties", "equal views", "same count", "tie break"],
        answer: "Products with equal views are ranked alphabetically by id.",
      },
      {
        about: ["time window", "all time", "last hour", "decay"],
        answer: "All-time views since the process started; no window or decay.",
      },
    ],
    hints: [
      "Reading the top should be cheap even with millions of products. What small thing could you keep current as each view arrives?",
      "Keep exact tallies for every product, plus a tiny ranked set of the current leaders that only the product just viewed can enter or move within.",
      "Each view raises one product's tally by one, so only that product can move into or within a leaders' set of 10: a min-heap or short list of size 10 suffices.",
    ],
  },
  "code-m-dataloader-batching": {
    facts: [
      {
        about: ["how many calls", "calls per tick", "ids per batch", "batch size"],
        answer: "A GraphQL request can trigger a few hundred user loads at once, many for the same ids.",
      },
      {
        about: ["database return", "row order", "missing rows", "query result"],
        answer: "The query returns the rows it finds in any order and simply omits ids that don't exist.",
      },
      {
        about: ["query fails", "database error", "error handling", "failure"],
        answer:
          "The query can throw, for example when the database is down; every caller of that batch should see the failure.",
      },
      {
        about: ["how long cache", "cache lifetime", "across requests", "scope"],
        answer: "A loader lives for one incoming request; no sharing across requests or users.",
      },
    ],
    hints: [
      "The callers don't know about each other. Where could their ids meet before the database sees them?",
      "Don't query at the moment of the call: hold the ids, and send them together once the current synchronous work has finished.",
      "Hold each caller's id until the current synchronous code finishes, by scheduling one flush with queueMicrotask (or process.nextTick).",
    ],
  },
  "code-m-graph-dependencies": {
    facts: [
      {
        about: ["unique order", "several orders", "which order", "ties", "alphabetical"],
        answer: "When several packages could go next, take the alphabetically smallest, so the order is unique.",
      },
      {
        about: ["cycle what", "circular", "return cycle", "error cycle"],
        answer: "If there is no valid order, give back null; listing the culprits is a bonus.",
      },
      {
        about: ["input format", "data structure", "listed packages", "every dependency key"],
        answer: "A map from package name to the names it depends on; every dependency also appears as a key.",
      },
      {
        about: ["how many packages", "graph size", "how large", "number dependencies"],
        answer: "Up to 50,000 packages and 500,000 dependency edges.",
      },
    ],
    hints: [
      "Which packages could you install first, before anything else?",
      "Install what has nothing left to wait for, then see what that unblocks, and repeat; think about what it means if you get stuck.",
      "Count for each package how many dependencies are still uninstalled; packages at zero are ready, and installing one lowers its dependents' counts.",
    ],
  },
  "code-m-parse-logs": {
    facts: [
      {
        about: ["line format", "log format", "what line", "fields"],
        answer: 'Access-log lines: client IP, timestamp, "METHOD PATH PROTOCOL", status and latency like 123ms.',
      },
      {
        about: ["how many endpoints", "distinct paths", "path ids", "cardinality"],
        answer:
          "A few hundred routes, but paths carry numbers like /orders/42; /orders/42 and /orders/7 count as one route.",
      },
      {
        about: ["exact percentile", "precision", "accuracy", "how precise"],
        answer: "p95 to within 10 ms is good enough.",
      },
      {
        about: ["latency range", "slowest request", "max latency", "timeout"],
        answer: "Latencies range from 1 ms to the 60-second timeout, with the odd straggler beyond it.",
      },
      {
        about: ["how long run", "time budget", "multiple cores", "cpus"],
        answer: "A batch job: finishing in well under an hour is fine. The machine has 8 cores.",
      },
    ],
    hints: [
      "50 GB won't fit in 4 GB. What is the smallest amount of information for each route that still lets you answer a p95 question?",
      "Read the file once, front to back, and keep only a compact summary for each route, whose size doesn't grow with the request count.",
      "A percentile needs a distribution, not every sample: for each route, count requests into fixed latency buckets and read p95 off the bucket counts.",
    ],
  },
  "code-m-concurrency-limit": {
    facts: [
      {
        about: ["same host", "different hosts", "which servers", "urls distinct"],
        answer: "The URLs are distinct and spread over a few hundred hosts.",
      },
      {
        about: ["response size", "body size", "how large", "memory"],
        answer: "Bodies are mostly under 1 MB, a few up to 100 MB.",
      },
      {
        about: ["result order", "output order", "order results", "report format"],
        answer: "Report one outcome per URL in the order they were given: the result, or what went wrong.",
      },
      {
        about: ["failures stop", "one fails", "errors abort", "partial failure"],
        answer: "Expect a few percent to fail; a failure must not stop the other downloads.",
      },
      {
        about: ["how fast run", "deadline", "time budget", "slow urls"],
        answer: "Typical responses take 200 ms, but some servers hang for minutes.",
      },
    ],
    hints: [
      "Starting 10,000 requests at once is easy and wrong. What has to happen every time one request ends?",
      "Instead of deciding the schedule up front, let a fixed number of loops each keep pulling more work until none is left.",
      "A fixed set of 20 workers, each looping until the work runs out, keeps exactly 20 requests in flight without timers or batches.",
    ],
  },
  "code-m-json-diff": {
    facts: [
      {
        about: ["document size", "how large", "how deep", "nesting depth"],
        answer: "Documents up to a few MB and nested at most about 50 levels.",
      },
      {
        about: ["path format", "how paths", "path syntax", "root path"],
        answer:
          'Locations are written as the keys joined with dots, like "items.0.name"; the root is the empty string.',
      },
      {
        about: ["list handling", "array comparison", "array order", "move elements"],
        answer: "Compare lists position by position; detecting moved elements is out of scope.",
      },
      {
        about: ["null value", "missing key", "null versus"],
        answer: "A key set to null is present, with a value; that differs from the key being absent.",
      },
      { about: ["output order", "change order", "result order"], answer: "The entries may come in any order." },
    ],
    hints: [
      "Two objects differ when some part of them differs. How would you describe where that part is?",
      "Handle two containers of the same kind by going into them key by key, and everything else by comparing values directly, carrying the location along.",
      "Walk both documents together recursively, passing the current location down, and emit an entry whenever a key exists on one side only or leaf values differ.",
    ],
  },
  "code-m-sliding-window-max": {
    facts: [
      {
        about: ["array size", "how many seconds", "how large", "input size"],
        answer: "A day of data: 86,400 values, and k can be anything up to that.",
      },
      {
        about: ["window size range", "k range", "invalid k", "k bigger"],
        answer: "When k is at most zero or longer than the data, the result has no elements.",
      },
      {
        about: ["value range", "counts negative", "value type"],
        answer: "Counts are non-negative integers, but the function shouldn't rely on that.",
      },
      {
        about: ["how fast run", "performance", "time limit", "complexity expected"],
        answer: "It has to be fast for the full day even with k around 3,600: n × k work is too slow.",
      },
    ],
    hints: [
      "When the window slides one step, one value leaves and one enters. Which values inside the window can never be the maximum again?",
      "A value followed later by a larger one is useless for every window that still contains that larger one: keep only candidates that could still win.",
      "Keep a deque of indices whose values only decrease along it, so its first element is always the largest value still in the window.",
    ],
  },
  "code-m-grid-shortest-path": {
    facts: [
      { about: ["grid size", "how large", "rows columns", "dimensions"], answer: "Up to 1,000 × 1,000 cells." },
      {
        about: ["diagonal moves", "which moves", "directions"],
        answer: "Only up, down, left and right, one step at a time; all steps are equal.",
      },
      {
        about: ["grid format", "input format", "cell symbols"],
        answer: "A list of strings, one per row: '.' is open and '#' is a wall.",
      },
      {
        about: ["no path", "path exists", "reachable", "blocked", "what return"],
        answer:
          "When the target can't be reached, or either endpoint is a '#' cell or lies off the map, the answer is -1.",
      },
    ],
    hints: [
      "Think of the cells you can reach in one move, then in two, then in three. What does that sequence tell you?",
      "Explore outward in rings: all cells one move away, then two moves, and so on; the ring where the goal appears tells you its distance.",
      "A breadth-first search from the start finds the target at its shortest distance, because it expands every cell at distance d before any at d + 1.",
    ],
  },
  "code-m-binary-search-answer": {
    facts: [
      {
        about: ["weight range", "weights values", "how heavy", "weight limits"],
        answer: "Each weight is between 1 and 500.",
      },
      {
        about: ["reorder packages", "order fixed", "split package", "change order"],
        answer: "The order is fixed and a package can't be split across days.",
      },
      { about: ["how many packages", "input size", "array size", "how large"], answer: "Up to 50,000 packages." },
      {
        about: ["days range", "how many days", "days value"],
        answer: "D is at least 1 and may exceed the number of packages; with no packages the answer is 0.",
      },
    ],
    hints: [
      "If someone hands you a capacity, could you quickly tell whether it's enough?",
      "Answering 'does capacity C work?' is easy and gets a consistent yes above some threshold. Look for that threshold instead of building a schedule.",
      "Search over capacities, not over the packages: a yes/no check per candidate capacity narrows the range of possible answers by half each time.",
    ],
  },
  "code-m-debounce-throttle": {
    facts: [
      {
        about: ["environment", "browser node", "where runs", "runtime"],
        answer: "Browser or Node, same code; use the timer functions passed in so tests control time.",
      },
      {
        about: ["which arguments", "arguments passed", "latest call", "args"],
        answer: "When the wrapped function finally runs, it should receive the arguments of the most recent call.",
      },
      {
        about: ["first call immediately", "immediately", "leading", "trailing"],
        answer:
          "Debounce runs only after the pause. Throttle may run the first call at once and then one more at the end of the interval.",
      },
      {
        about: ["typical intervals", "wait time", "how long", "milliseconds"],
        answer: "Intervals of 100 to 500 ms are typical.",
      },
    ],
    hints: [
      "Picture a burst of 20 calls within one second. How many times should each version run, and when?",
      "One waits for the calls to stop before acting, the other acts on a regular beat while they continue. Both need to remember a timer.",
      "Debounce clears its pending timer and starts a new one on every call, so only a quiet gap lets the function run.",
    ],
  },
  "code-m-three-sum": {
    facts: [
      {
        about: ["value range", "negative numbers", "how big"],
        answer: "Values fit in 32-bit integers, as large as about ±1,000,000,000.",
      },
      {
        about: ["repeated triplets", "unique triplets", "same values", "duplicate numbers"],
        answer: "The input can repeat values, but each set of three values should be reported once.",
      },
      {
        about: ["array size", "how large", "input size", "how many numbers"],
        answer: "Up to 3,000 integers; cubic time is too slow at that size.",
      },
      {
        about: ["output order", "triplet order", "order within"],
        answer: "Triplets, and the numbers inside each, may come in any order.",
      },
    ],
    hints: [
      "If you fix one of the three numbers, what problem is left for the other two?",
      "Put the numbers in order first: for the remaining pair, the order tells you which index to move when you overshoot or undershoot zero.",
      "After ordering, fix each value in turn and walk two indices inward over the rest, one from each end, steering by the sign of the sum.",
    ],
  },
  "code-m-event-emitter": {
    facts: [
      {
        about: ["sync async", "synchronous", "listener order", "call order"],
        answer: "emit calls the listeners synchronously, in the order they subscribed.",
      },
      {
        about: ["subscribe twice", "same listener twice", "duplicate subscription"],
        answer: "Subscribing the same function twice to one event has no effect.",
      },
      {
        about: ["listener throws", "errors", "exception listener"],
        answer: "If a listener fails, hand that failure to a reporting function given to the constructor.",
      },
      {
        about: ["how many listeners", "how many events", "scale"],
        answer: "Tens of events, each with up to a few hundred listeners.",
      },
    ],
    hints: [
      "Think about a listener that, while being called, subscribes or unsubscribes something. What could go wrong?",
      "Consider the listener list changing during emit, one bad listener breaking emit, and listeners that are never removed in a long-running server.",
      "emit should iterate over a copy of the listener list taken when it starts, so changes made by listeners only take effect from the next emit.",
    ],
  },
  "code-m-longest-unique-substring": {
    facts: [
      {
        about: ["string length", "how long", "input size", "how large"],
        answer: "Up to 100,000 characters; the tests use ASCII.",
      },
      {
        about: ["substring subsequence", "contiguous", "skip characters"],
        answer: "A substring is contiguous: you can't skip characters.",
      },
      {
        about: ["case sensitive", "spaces count", "which characters"],
        answer: "Every character counts, spaces and punctuation included; 'a' and 'A' are different.",
      },
      {
        about: ["what return", "length substring", "return string"],
        answer: "Only the length, not the substring itself.",
      },
    ],
    hints: [
      "If you know a stretch has no repeated character, what happens when you extend it by one character that already appears in it?",
      "Maintain a stretch that never contains a repeat, growing it on one side and shrinking it on the other only when you must.",
      "Remember, for each character, the index where you last saw it: on a repeat you then know exactly how far the start must jump.",
    ],
  },
  "code-s-consistent-hashing": {
    facts: [
      {
        about: ["how many virtual", "vnodes count", "virtual node count", "points per server"],
        answer: "Each server gets a configurable number of ring positions, set in the constructor; think 100 to 200.",
      },
      {
        about: ["which hash function", "hash function", "hash given"],
        answer: "Use the 32-bit hash function in the starter code; the tests expect its positions.",
      },
      {
        about: ["membership change often", "servers change", "add remove often", "lookup frequency"],
        answer:
          "Lookups happen on every request, hundreds of thousands per second; servers join or leave a few times a day.",
      },
      {
        about: ["server weights", "different sizes", "heterogeneous servers", "capacity differs"],
        answer: "All servers are the same size in this version.",
      },
      {
        about: ["how many servers", "cluster size", "number nodes", "how many keys"],
        answer: "Tens of cache servers, 10 to 50, and millions of keys.",
      },
    ],
    hints: [
      "When a server leaves, which keys should change owner, and which should stay exactly where they are?",
      "Place servers and keys in the same circular space of hash values, and give a key to the first server you meet going one way round.",
      "Give each server many points on the circle instead of one: its share then falls into many small arcs, which averages out.",
    ],
  },
  "code-s-rate-limit-distributed": {
    facts: [
      {
        about: ["how many servers", "fleet size", "app servers", "instances"],
        answer: "About 40 API servers behind a load balancer, all sharing one Redis primary with a replica.",
      },
      {
        about: ["traffic", "requests per second", "how many clients", "total load"],
        answer: "20,000 requests per second in total, from around 200,000 active clients.",
      },
      {
        about: ["what limit", "how many requests", "limit value", "window size"],
        answer: "100 requests per client per rolling 60 seconds, with no burst allowance beyond that.",
      },
      {
        about: ["latency budget", "overhead allowed", "how fast run", "added latency"],
        answer: "The whole check should cost one Redis round trip, no more.",
      },
      {
        about: ["exact precise", "approximate allowed", "accuracy", "how strict"],
        answer: "It should be exact: paying customers dispute every wrongly rejected request.",
      },
    ],
    hints: [
      "Two servers handle requests for the same client at the same moment. What can go wrong between reading the count and writing it?",
      "Keep the window's requests in Redis per client, and make reading the count and recording the request a single indivisible step.",
      "Run the whole check-and-record in one Lua script: Redis executes each script without interleaving, so concurrent requests can't both slip in.",
    ],
  },
  "code-s-lru-ttl-concurrency": {
    facts: [
      {
        about: ["what loads", "load cost", "how slow", "backend"],
        answer: "Loads call a pricing service that takes 50 to 500 ms and sometimes fails.",
      },
      {
        about: ["how many keys", "cache size", "how large", "entries count"],
        answer: "Around a million distinct keys, of which we can hold 100,000.",
      },
      {
        about: ["traffic", "requests per second", "concurrency level", "how many callers"],
        answer: "5,000 lookups per second on each instance, with popular keys requested hundreds of times a second.",
      },
      {
        about: ["how fresh", "expiry", "how stale", "freshness"],
        answer: "A price may be served up to 60 seconds after it was loaded.",
      },
      {
        about: ["shared across", "multiple processes", "distributed", "per process"],
        answer: "One cache inside one process; sharing across processes is out of scope.",
      },
    ],
    hints: [
      "Imagine 200 requests for the same key arriving just after its value went stale. How many loads does a simple cache start?",
      "Besides the stored values, track the loads that are currently running, and make a second caller join an existing load instead of starting one.",
      "Keep a map of in-flight promises by key: a miss first checks it and awaits the pending load if there is one.",
    ],
  },
  "code-s-scheduler-heap": {
    facts: [
      {
        about: ["precision", "how accurate", "timing accuracy", "late"],
        answer: "Running a job within about 10 ms of its time is fine.",
      },
      {
        about: ["persist", "durable", "restart", "survive crash"],
        answer: "Memory only: jobs may be lost when the process restarts.",
      },
      {
        about: ["past time", "time already passed", "overdue"],
        answer: "A job whose time has already passed runs at the next opportunity.",
      },
      {
        about: ["same time", "equal times", "ties", "ordering jobs"],
        answer: "Jobs scheduled for the same moment go in the order they were added.",
      },
      {
        about: ["how many jobs", "job count", "scale", "how many timers"],
        answer: "Up to about 100,000 pending jobs at once, with a few hundred new ones per second.",
      },
    ],
    hints: [
      "Thousands of timers cost memory and wake-ups. How many wake-ups do you actually need at any moment?",
      "You only ever need the job that is due soonest. Which structure hands that out cheaply while jobs keep being added?",
      "Keep the jobs in a min-heap keyed by their scheduled time; its top is always the next one.",
    ],
  },
  "code-s-streaming-merge": {
    facts: [
      {
        about: ["file size", "how large", "total data", "how big", "how much memory", "ram"],
        answer: "Each file is around 20 GB, 2 TB in total; the machine has 16 GB of RAM.",
      },
      {
        about: ["sort key", "line format", "sorted by", "timestamp format"],
        answer: "Lines start with an ISO-8601 UTC timestamp, and each file is already sorted by it.",
      },
      {
        about: ["equal keys", "ties", "same timestamp", "stable"],
        answer:
          "Lines with the same timestamp keep file order: lower file number first, then their order within the file.",
      },
      { about: ["disk type", "storage", "hdd ssd"], answer: "Local SSDs; the output goes to the same machine." },
    ],
    hints: [
      "At any moment, the next line of the output must be the first line of one of the files. Which one?",
      "Keep only the current front line of each file in memory, and repeatedly pick the smallest of those 100.",
      "A priority queue holding the current line of every file gives you the smallest one cheaply; after taking it, refill from the file it came from.",
    ],
  },
  "code-s-trie-autocomplete": {
    facts: [
      {
        about: ["how many terms", "vocabulary size", "dictionary size", "how large"],
        answer: "About 5 million distinct search terms, averaging 20 characters.",
      },
      {
        about: ["query rate", "requests per second", "latency", "how fast run"],
        answer: "20,000 suggestion requests per second, each to be answered within a few milliseconds.",
      },
      {
        about: ["update rate", "how often updates", "popularity change", "score updates"],
        answer: "About 1,000 popularity updates per second; a score can go up or down.",
      },
      {
        about: ["case sensitive", "normalize", "character set", "spaces"],
        answer: "Terms and prefixes are compared lower-cased; terms may contain spaces.",
      },
      { about: ["equal scores", "ties", "tie break"], answer: "Equal scores are ordered alphabetically." },
    ],
    hints: [
      "Finding the terms under a prefix is quick. What makes returning the best 5 of them slow for a short prefix like 'a'?",
      "Move the work from query time to update time: each point of the prefix structure can remember its answer.",
      "Let every node of the prefix structure store its own best completions, so a query only descends to the prefix's node and reads a ready-made list.",
    ],
  },
  "code-s-idempotent-consumer": {
    facts: [
      {
        about: ["which broker", "kafka", "message broker", "queue type"],
        answer: "Kafka, at-least-once, with offsets committed by the consumer.",
      },
      {
        about: ["event id", "unique id", "message id", "events carry"],
        answer: "Every event carries a UUID set by the producer, the same on every redelivery.",
      },
      {
        about: ["which database", "storage", "where balances", "postgres"],
        answer: "Account balances live in PostgreSQL, which the consumer can write to.",
      },
      {
        about: ["event ordering", "order guaranteed", "out order"],
        answer: "Kafka delivers one customer's payments in sequence; across customers, anything goes.",
      },
      {
        about: ["event rate", "how many events", "throughput", "messages per second"],
        answer: "About 2,000 payment events per second at peak.",
      },
    ],
    hints: [
      "A crash can happen after the payment is applied and before the broker learns about it. What happens when the message comes again?",
      "Make a second delivery of the same event harmless: the consumer must recognise an event it has already applied, reliably.",
      "Record each event's id under a unique constraint in the same database transaction as the balance change, so the two commit or fail together.",
    ],
  },
  "code-s-circuit-breaker": {
    facts: [
      {
        about: ["downstream service", "what calls", "which service", "dependency"],
        answer:
          "An inventory service called about 500 times per second; when it struggles its responses take 10+ seconds.",
      },
      {
        about: ["what threshold", "how many failures", "trip", "configuration"],
        answer:
          "How many consecutive errors trip it and how long it stays tripped are constructor parameters, for example 5 and 30 seconds.",
      },
      {
        about: ["which errors", "what counts", "error types", "client errors"],
        answer: "Calls can end in success, a 4xx, a 5xx or a timeout.",
      },
      {
        about: ["time source", "clock", "current time"],
        answer: "The current time in milliseconds is passed to the methods, so tests never sleep.",
      },
    ],
    hints: [
      "When the downstream is clearly down, what does every further call cost you, and what does it cost the downstream?",
      "Model it as a small state machine: normal operation, refusing requests, and a careful check whether things recovered.",
      "After enough failures in a row, stop calling for a cool-down period, then let exactly one trial call decide whether to resume.",
    ],
  },
  "code-s-running-median": {
    facts: [
      {
        about: ["how many samples", "sample count", "how large", "volume"],
        answer: "About 10,000 latencies per second, and median() is read every second.",
      },
      {
        about: ["latency values", "value range", "fractional", "units"],
        answer: "Latencies are in milliseconds and can be fractional; large outliers happen.",
      },
      {
        about: ["even count", "which median", "definition median"],
        answer: "With an even number of samples, take the mean of the two central values.",
      },
      {
        about: ["empty", "before any", "first call"],
        answer: "Before any latency has been added, median() gives null.",
      },
      {
        about: ["time window", "since start", "forget old", "old values"],
        answer: "For this version, every sample since start counts; we can discuss windows later.",
      },
    ],
    hints: [
      "The median splits the samples into a lower half and an upper half. What do you really need to know about each half?",
      "You need quick access to the largest of the lower half and the smallest of the upper half, while samples keep arriving.",
      "Keep the lower half in a max-heap and the upper half in a min-heap, their sizes within one of each other.",
    ],
  },
  "code-s-dijkstra-latency": {
    facts: [
      {
        about: ["latency values", "weights", "negative", "edge values"],
        answer: "Latencies are average milliseconds, fractional, and never below zero.",
      },
      {
        about: ["output format", "what return", "path needed", "routes"],
        answer:
          "Return the lowest total latency for each reachable service, the source itself at 0; the routes aren't needed.",
      },
      {
        about: ["unreachable services", "disconnected", "reach all"],
        answer: "Services the source can't reach are left out of the result.",
      },
      {
        about: ["how many services", "graph size", "how many edges", "how large"],
        answer: "About 2,000 services and 20,000 directed call edges.",
      },
    ],
    hints: [
      "Among the services you haven't finalised, which one can you be sure you already know the best total for?",
      "Finalise services in order of their best known total, and improve the totals of their neighbours as you go.",
      "Repeatedly take the unsettled service with the smallest known total from a priority queue; its total can't improve further, so it is final.",
    ],
  },
  "code-s-kv-transactions": {
    facts: [
      {
        about: ["store size", "how many keys", "how large"],
        answer: "Up to a million keys in the store, but a transaction touches at most a few thousand.",
      },
      {
        about: ["value types", "strings", "what values"],
        answer: "Keys and values are strings; get of an absent key gives null.",
      },
      {
        about: ["commit without", "rollback without", "outside transaction", "no transaction open", "top level commit"],
        answer: "rollback and commit report false when there's nothing to roll back or commit, and true otherwise.",
      },
      {
        about: ["nesting depth", "how deep", "how many levels"],
        answer: "Transactions nest up to about 100 levels deep.",
      },
      {
        about: ["durability", "persistence", "concurrent clients", "multiple sessions"],
        answer: "In memory, one client: no persistence, no concurrent sessions.",
      },
    ],
    hints: [
      "What does a rollback have to forget, and what does a commit have to hand over, and to whom?",
      "Give every open transaction its own record of changes, layered over the one below it, with the store at the bottom.",
      "Keep a stack of change maps: writes go to the top map, and reads look from the top down until a map knows the key.",
    ],
  },
};
