// Clarifications and hints for the system-design questions (system-design.ts and
// system-design-fundamentals.ts): scale, traffic shape, consistency and latency needs, what may be
// assumed and what is out of scope, as an interviewer states them.
import type { QuestionClarifications } from "./clarifications.ts";

export const SYSTEM_DESIGN_CLARIFICATIONS: Readonly<Record<string, QuestionClarifications>> = {
  "sd-j-url-shortener": {
    facts: [
      {
        about: ["read write ratio", "how many redirects", "read traffic", "clicks per", "requests per second"],
        answer: "About 100 redirects for every URL created, so around 4,000 redirects per second, peaking near 20,000.",
      },
      {
        about: ["how long keep", "retention", "links expire", "expiration"],
        answer: "Links are kept for 5 years by default; about 6 billion links over that time.",
      },
      {
        about: ["custom aliases", "choose code", "vanity urls", "custom short"],
        answer: "Custom aliases are optional: a nice-to-have for paying users.",
      },
      {
        about: ["how many urls", "new urls", "write volume", "urls per month", "how many links"],
        answer: "About 100 million new short URLs a month, roughly 40 per second on average.",
      },
      {
        about: ["analytics", "click counts", "statistics", "track clicks"],
        answer: "Click counts per link would be nice but can lag by minutes; detailed analytics are out of scope.",
      },
      {
        about: ["code length", "how short", "short code size"],
        answer: "Codes should be as short as practical, 7 characters at most.",
      },
    ],
    hints: [
      "Start from the two requests the system serves and how often each happens. Which one dominates?",
      "Look at the path of a single redirect: where does the code get looked up, and how could a popular one avoid that work?",
      "Turning a unique numeric id into base62 gives short codes that can never clash: 62^7 is about 3.5 trillion.",
    ],
  },
  "sd-j-todo-api": {
    facts: [
      {
        about: ["how many users", "active users", "user count", "scale"],
        answer: "About a million registered users, 100,000 active daily, each with a few hundred tasks at most.",
      },
      {
        about: ["traffic", "requests per second", "load"],
        answer: "Around 200 requests per second at peak, mostly reads of a user's own list.",
      },
      {
        about: ["login exists", "authentication exists", "identity provider", "sign up"],
        answer: "Sign-up and login can be simple; you decide how a request proves who is making it.",
      },
      {
        about: ["sharing tasks", "collaboration", "shared lists", "teams"],
        answer: "No sharing: each task has exactly one owner.",
      },
      {
        about: ["task fields", "what task", "due dates", "task data"],
        answer: "A task has a title, an optional due date and a done flag.",
      },
    ],
    hints: [
      "List the things a user does with their tasks, and what information a request must carry for each.",
      "Think about what happens when Alice sends the identifier of one of Bob's tasks. Where exactly must that be stopped?",
      "Every query for tasks should be restricted to the requesting account, not only checked against the id that came in.",
    ],
  },
  "sd-j-file-upload": {
    facts: [
      {
        about: ["how many users", "upload volume", "uploads per day", "traffic"],
        answer: "About 5 million users; roughly 50,000 new pictures a day.",
      },
      {
        about: ["where displayed", "how served", "image sizes", "display"],
        answer:
          "Pictures appear on every page as small avatars and on profile pages larger, so they're read far more than written.",
      },
      { about: ["file types", "which formats", "what images"], answer: "JPEG, PNG and WebP photos, up to 10 MB each." },
      {
        about: ["cloud provider", "which cloud", "infrastructure", "aws"],
        answer: "We run on a major cloud provider; its managed services are available.",
      },
      {
        about: ["moderation", "inappropriate", "virus scanning", "content review"],
        answer: "Content moderation is out of scope for now.",
      },
    ],
    hints: [
      "Follow a 10 MB file from the phone to the point where it's shown on a page. Which of your servers must it pass through?",
      "Separate the bytes from the record about them, and consider letting the client hand the bytes to storage without your API in the middle.",
      "The API can hand the client a short-lived pre-signed URL, so the bytes never pass through the app servers.",
    ],
  },
  "sd-j-scale-single-server": {
    facts: [
      {
        about: ["what app", "kind application", "workload"],
        answer: "A typical web app: a JSON API with a relational database, mostly reads.",
      },
      {
        about: ["how many users", "growth", "traffic", "requests per second"],
        answer: "10,000 daily users today, doubling every quarter; about 100 requests per second at peak now.",
      },
      {
        about: ["what slow", "symptoms", "response times"],
        answer: "p95 response time went from 200 ms to 2 seconds over three months; we don't yet know why.",
      },
      {
        about: ["budget", "cost", "team size"],
        answer: "A small team of three with a modest budget: avoid anything exotic.",
      },
      {
        about: ["sessions stored", "server state", "local files"],
        answer: "Sessions are kept in the app's memory and uploads on its local disk.",
      },
    ],
    hints: [
      "Before changing anything, how would you know which resource is actually running out?",
      "Separate the pieces that compete for one machine, and check what stops you from running more than one copy of the app.",
      "The app tier can only grow sideways once no request depends on state held inside one particular server.",
    ],
  },
  "sd-j-caching-layer": {
    facts: [
      {
        about: ["traffic", "requests per second", "how many views", "load"],
        answer: "About 2,000 product page views per second, concentrated on a few thousand popular products.",
      },
      {
        about: ["how many products", "catalog size", "data size"],
        answer: "Around 500,000 products, each page's data a few KB.",
      },
      {
        about: ["how often change", "update frequency", "price changes", "writes", "read write ratio"],
        answer: "Prices and stock change a few times a day per product; descriptions rarely.",
      },
      {
        about: ["how fresh", "staleness allowed", "outdated", "consistency"],
        answer: "A few seconds of delay is acceptable for descriptions; prices should catch up within a minute.",
      },
      {
        about: ["current latency", "how slow", "latency target"],
        answer: "The page takes 400 ms now; the target is under 50 ms for popular products.",
      },
    ],
    hints: [
      "Which requests repeat the same expensive work, and how long would the result of that work stay correct?",
      "Put the assembled result somewhere fast in front of the database, then decide how it gets refreshed when a product changes.",
      "Read from the cache first and only on a miss query the database and store the result, so popular pages are served from memory.",
    ],
  },
  "sd-j-notifications-email": {
    facts: [
      {
        about: ["how many signups", "sign ups per", "volume", "traffic"],
        answer: "About 20,000 sign-ups a day, spiking to 100 per second after marketing campaigns.",
      },
      {
        about: ["provider latency", "how slow", "provider slow", "provider outage"],
        answer: "The provider usually answers in 300 ms but sometimes takes 30 seconds or is down for minutes.",
      },
      {
        about: ["how quickly", "delivery time", "email arrive", "deadline"],
        answer: "The welcome email should arrive within a few minutes; it doesn't have to be instant.",
      },
      {
        about: ["existing infrastructure", "queue available", "current stack"],
        answer: "We have PostgreSQL and Redis; adding a managed queue is fine.",
      },
    ],
    hints: [
      "Does the user need the email to be sent before their sign-up request can finish?",
      "Take the provider call off the request path, and plan for what happens when that call later fails.",
      "Record the intent to send and let a separate worker do the slow call, so sign-up only waits for a quick local write.",
    ],
  },
  "sd-j-health-checks": {
    facts: [
      {
        about: ["load balancer type", "which load balancer", "infrastructure", "kubernetes"],
        answer: "A managed cloud load balancer in front of three VMs; no Kubernetes.",
      },
      {
        about: ["dependencies", "what depend", "database shared"],
        answer: "All three instances share one PostgreSQL database and one Redis.",
      },
      {
        about: ["how fast detect", "detection time", "how quickly"],
        answer: "A dead instance should stop receiving traffic within about 30 seconds.",
      },
      {
        about: ["hang mean", "what hung", "hung instance"],
        answer: "Hung means the process is alive and accepts connections but never answers requests.",
      },
    ],
    hints: [
      "A crash and a hang look very different from the outside. What does the load balancer have to do to notice each?",
      "Think about what the balancer should do with an instance that fails, and what the endpoint should and shouldn't take into account.",
      "If the endpoint fails whenever the shared database is down, every instance fails at once and the balancer has nowhere left to send traffic.",
    ],
  },
  "sd-j-pagination-feed": {
    facts: [
      {
        about: ["page size", "how many per page", "items per page"],
        answer: "The app shows 20 orders at a time, with infinite scroll.",
      },
      {
        about: ["jump page", "page numbers", "random access", "total count"],
        answer: "Users only scroll forward; jumping to page 500 isn't needed.",
      },
      {
        about: ["new orders", "concurrent inserts", "while scrolling"],
        answer: "New orders can arrive while a user is scrolling, and nothing should be shown twice.",
      },
      {
        about: ["how many orders", "orders per user", "data size", "table size"],
        answer: "Most users have tens of orders, power users up to 50,000; the table holds 200 million.",
      },
      { about: ["which database", "storage", "sql"], answer: "Orders are in PostgreSQL." },
    ],
    hints: [
      "Think about what the database must do to produce page 2,000 with the most obvious query.",
      "Instead of saying how many rows to skip, let the client say where it stopped last time.",
      "Let the next request continue after the last row it saw, by sort key plus id, so the database seeks instead of skipping.",
    ],
  },
  "sd-m-rate-limiter": {
    facts: [
      {
        about: ["how many servers", "fleet size", "api servers", "instances"],
        answer: "About 50 API servers behind a load balancer, any of which can receive any key's request.",
      },
      {
        about: ["how many keys", "api keys count", "how many clients"],
        answer: "Around 100,000 API keys, a few thousand active at any moment.",
      },
      { about: ["traffic", "requests per second", "total load"], answer: "About 30,000 requests per second in total." },
      {
        about: ["how strict", "exact", "precise limit", "bursts"],
        answer:
          "Small overshoots, a few percent, are acceptable; a key doubling its limit at a minute boundary is not.",
      },
      {
        about: ["latency budget", "overhead", "how fast respond"],
        answer: "The check may add at most a couple of milliseconds per request.",
      },
    ],
    hints: [
      "With 50 servers, where does the knowledge of how many requests a key has made this minute live?",
      "Pick how you count over time, keep the counts somewhere every server can reach, and think about two servers updating a count at once.",
      "A shared store updated with a single indivisible increment-and-check per request keeps every server's view of a key consistent.",
    ],
  },
  "sd-m-notification-service": {
    facts: [
      {
        about: ["how many notifications", "volume", "per day", "traffic"],
        answer:
          "About 50 million notifications a day, mostly mobile push, then mail, a few text messages; peaks of 5,000 per second.",
      },
      {
        about: ["how many teams", "clients", "who uses"],
        answer: "About 30 product teams call it, from order updates to marketing.",
      },
      {
        about: ["how fast respond", "latency", "delivery time", "urgent"],
        answer: "Security codes must go out within seconds; marketing can take hours.",
      },
      {
        about: ["providers", "vendors", "third party"],
        answer: "Each kind of message goes through an outside vendor with its own throughput caps and outages.",
      },
      {
        about: ["templates", "localization", "content"],
        answer: "Teams send a message type and its data; texts are localised into 12 languages.",
      },
    ],
    hints: [
      "What happens to a one-time security code if it sits behind a million marketing emails?",
      "Decouple accepting a request from sending it, keep channels and priorities from blocking each other, and respect what the user asked for.",
      "Give each channel its own queue and workers, so a slow text-message vendor can't hold up push or mail.",
    ],
  },
  "sd-m-news-feed": {
    facts: [
      {
        about: ["how many users", "daily active", "active users"],
        answer: "About 50 million daily active users, 300 million registered.",
      },
      {
        about: ["posts per day", "write volume", "how many posts", "read write ratio"],
        answer:
          "About 20 million new posts a day; timelines are read about 100 times more often than posts are written.",
      },
      {
        about: ["how many follows", "followers count", "follow graph size", "celebrities"],
        answer: "Users follow 200 accounts on average; a few thousand accounts have audiences above 1,000,000.",
      },
      {
        about: ["ranking", "chronological", "order timeline"],
        answer: "Reverse chronological for this design; no ML ranking.",
      },
      {
        about: ["how fresh", "latency", "delay allowed", "load time"],
        answer: "A new post may take a few seconds to appear; the timeline should load in under 200 ms.",
      },
    ],
    hints: [
      "Compare how often a timeline is read with how often a post is written. Where would you rather do the work?",
      "Decide when a post reaches its readers' timelines, at write time or at read time, and look at what that costs for the most-followed accounts.",
      "Delivering each new post into every follower's stored timeline makes reading cheap, at the cost of heavy writes for popular authors.",
    ],
  },
  "sd-m-webhooks": {
    facts: [
      {
        about: ["how many customers", "endpoints count", "subscribers"],
        answer: "About 20,000 customer endpoints, some of them slow or down for hours.",
      },
      {
        about: ["ordering", "order events", "sequence"],
        answer: "Customers would like order per resource but can tolerate gaps if told.",
      },
      {
        about: ["delivery guarantee", "lose events", "exactly once"],
        answer: "Losing an event is not acceptable; customers can handle an occasional duplicate.",
      },
      {
        about: ["how many events", "volume", "per second", "traffic"],
        answer: "About 5 million webhook deliveries a day, peaks of 500 per second.",
      },
      {
        about: ["how long retry", "give up", "retry duration"],
        answer: "Customers expect us to keep trying for about a day.",
      },
    ],
    hints: [
      "What happens to an event if your process crashes between committing the business change and calling the customer?",
      "Make recording the event part of the business change, then deliver from that record, retrying, and protect everyone from one bad endpoint.",
      "Write the event in the same database transaction as the change itself, so an event can never be lost between the two.",
    ],
  },
  "sd-m-search-autocomplete": {
    facts: [
      {
        about: ["traffic", "requests per second", "queries per second", "how many searches"],
        answer: "About 3,000 keystroke queries per second at peak.",
      },
      {
        about: ["latency", "how fast respond", "response time"],
        answer: "Suggestions must come back within about a tenth of a second end to end to feel instant.",
      },
      {
        about: ["catalog changes", "how often updates", "freshness", "new products"],
        answer: "A few thousand products change a day; a new product may take a few minutes to show up.",
      },
      { about: ["typos", "fuzzy", "spelling mistakes"], answer: "Typo tolerance is a nice-to-have, not required." },
      {
        about: ["how many suggestions", "results count", "what show"],
        answer: "Show up to 8 product names per keystroke.",
      },
    ],
    hints: [
      "A database LIKE 'ab%' query on a million rows, thousands of times a second: what does that cost, and what about ordering by popularity?",
      "Use a structure made for matching beginnings of words, in a system built for search, and think about what makes one suggestion better than another.",
      "Index every prefix of each product name ahead of time, so a keystroke becomes a lookup instead of a scan.",
    ],
  },
  "sd-m-file-processing": {
    facts: [
      {
        about: ["how many files", "uploads per day", "volume", "traffic"],
        answer: "A few hundred imports a day, each up to 1 million rows, about 200 MB.",
      },
      {
        about: ["how fast respond", "time limit", "how long"],
        answer: "A full file should be imported within about 10 minutes.",
      },
      {
        about: ["invalid rows", "bad data", "validation rules", "partial import"],
        answer: "A few rows usually fail the checks; the good rows should still be imported.",
      },
      {
        about: ["what data", "target table", "which records"],
        answer: "Rows are customer records going into PostgreSQL; the same customer can appear again in a later file.",
      },
      {
        about: ["user waiting", "user informed", "feedback"],
        answer: "The user wants to see how far along the import is and what went wrong.",
      },
    ],
    hints: [
      "Can one HTTP request hold on while a million rows are checked and written?",
      "Turn the import into work with its own lifecycle, process the file in pieces, and decide what a single bad row means for the rest.",
      "Accept the upload, return a job id immediately, and let a background worker do the import while the client asks for its state.",
    ],
  },
  "sd-m-session-store": {
    facts: [
      {
        about: ["how many users", "concurrent sessions", "active sessions"],
        answer: "About 200,000 concurrent sessions, a couple of KB each.",
      },
      {
        about: ["how many servers", "instances", "scale to"],
        answer: "We're going from 1 to 10 app servers behind a load balancer.",
      },
      {
        about: ["logout everywhere", "security requirements", "force logout"],
        answer:
          "Security wants to be able to log a user out of everything immediately, for example after a password change.",
      },
      {
        about: ["session data", "what stored", "session size"],
        answer: "Sessions hold the user id, roles and a shopping cart.",
      },
      {
        about: ["existing infrastructure", "redis available", "current stack"],
        answer: "We already run PostgreSQL and could add Redis.",
      },
    ],
    hints: [
      "What happens to a logged-in user when their next request lands on a different server, or their server is redeployed?",
      "Either send each user back to the same server, move the sessions out of the servers, or carry them in the client; compare what each costs.",
      "If every server reads sessions from one shared store, any server can serve any request and a restart logs nobody out.",
    ],
  },
  "sd-m-job-scheduler": {
    facts: [
      {
        about: ["precision", "how accurate", "late allowed", "timing"],
        answer: "Running within a minute of the scheduled moment is fine.",
      },
      {
        about: ["job duration", "how long jobs", "job type"],
        answer: "Jobs are short: send a notification or call an internal API, under a second each.",
      },
      {
        about: ["how many jobs", "volume", "jobs per day", "pending jobs"],
        answer:
          "About 50 million pending jobs at any time, with about 2,000 becoming ready to run each second at peak.",
      },
      {
        about: ["appointment changes", "cancel", "reschedule"],
        answer: "Bookings change often, and the reminder must follow whatever the booking says now.",
      },
      {
        about: ["run once", "duplicates acceptable", "exactly once"],
        answer: "A rare duplicate reminder is tolerable; a missed one is not.",
      },
    ],
    hints: [
      "Jobs must survive restarts, and something must notice when each one comes due. What does each of those need?",
      "Store jobs durably in a form that's cheap to query by the moment they should fire, and think about many workers looking for work at the same moment.",
      "Let workers claim due jobs with SELECT … FOR UPDATE SKIP LOCKED, so each job is handed to one worker without workers blocking each other.",
    ],
  },
  "sd-m-api-gateway": {
    facts: [
      {
        about: ["how many services", "service count", "architecture size"],
        answer: "Assume about 30 microservices behind a web and a mobile client.",
      },
      {
        about: ["clients", "who calls", "external api"],
        answer: "A web app, mobile apps and some partner integrations call us.",
      },
      { about: ["traffic", "requests per second", "load"], answer: "About 10,000 requests per second at peak." },
      {
        about: ["team structure", "how many teams", "ownership"],
        answer: "Eight teams, each owning three or four services.",
      },
    ],
    hints: [
      "Think about what every single service would otherwise have to implement for itself, and what each client would have to know.",
      "List the concerns that are the same for every request, and then the costs of putting one more component in front of everything.",
      "A gateway gives clients one entry point and routes each request on to the right service.",
    ],
  },
  "sd-s-payments-ledger": {
    facts: [
      {
        about: ["which provider", "payment provider", "card processing", "stripe"],
        answer: "A Stripe-like provider charges cards and sends payouts; we never touch card numbers.",
      },
      {
        about: ["transaction volume", "payments per second", "how many payments", "traffic"],
        answer: "About 2 million orders a day, peaks of 300 payments per second, averaging $40.",
      },
      {
        about: ["how long hold", "payout timing", "when sellers paid", "holding period"],
        answer: "Funds are held until 7 days after delivery, to cover returns, then paid out to the seller weekly.",
      },
      {
        about: ["currencies", "multi currency", "which currency", "international"],
        answer: "Buyers pay in EUR, GBP and USD; no conversion in this design.",
      },
      {
        about: ["consistency needs", "audit requirements", "regulation", "compliance"],
        answer: "Finance must be able to explain every cent at any time; auditors read the history years later.",
      },
    ],
    hints: [
      "When a buyer says they were charged twice, or finance asks where a seller's money is, what record do you look at?",
      "Model money as movements between accounts that are never edited, and treat every call to and from the provider as something that may happen twice.",
      "Record every movement as balanced debit and credit entries that are never updated; a balance is then just a sum over entries.",
    ],
  },
  "sd-s-chat-system": {
    facts: [
      {
        about: ["how many users", "daily active", "concurrent users", "online users"],
        answer: "10 million daily users, about 3 million of them online at peak.",
      },
      {
        about: ["message volume", "messages per day", "messages per second", "traffic"],
        answer: "About 1 billion messages a day, peaks near 50,000 a second.",
      },
      {
        about: ["channel size", "members per channel", "largest channel", "group size"],
        answer: "Most channels have under 50 members; the largest company-wide ones have 100,000.",
      },
      {
        about: ["history retention", "how long keep", "search history", "storage"],
        answer: "Keep history forever; search over it is out of scope.",
      },
      {
        about: ["latency", "how fast respond", "delivery time"],
        answer: "A message should reach online recipients within about 500 ms.",
      },
      {
        about: ["file sharing", "attachments", "voice video", "scope"],
        answer: "Text messages only: files, calls and end-to-end encryption are out of scope.",
      },
    ],
    hints: [
      "A sender is connected to one server and the recipients to dozens of others. How does a message get from one to the rest?",
      "Separate holding client connections from storing and routing messages, and think about what each costs when millions of users are online.",
      "Keep a registry of which gateway holds each user's connection, so a message is forwarded only to the gateways whose users need it.",
    ],
  },
  "sd-s-multi-region": {
    facts: [
      {
        about: ["how much downtime", "availability target", "sla", "slo"],
        answer: "The business asks for no more than 15 minutes of outage when a region goes down.",
      },
      {
        about: ["data loss acceptable", "lose data", "how much data"],
        answer: "Losing a few seconds of data is tolerable; losing payments is not.",
      },
      {
        about: ["current setup", "where today", "single region", "current architecture"],
        answer: "Today everything runs in one region on Kubernetes with a PostgreSQL primary and replica.",
      },
      {
        about: ["budget", "cost constraints", "how much spend"],
        answer: "Running a second region at full size costs too much; a scaled-down copy there is acceptable.",
      },
      {
        about: ["users where", "user location", "latency users"],
        answer: "Users are mostly in Europe; global latency isn't the goal, resilience is.",
      },
    ],
    hints: [
      "Before choosing anything, what two numbers does the business need to agree to?",
      "Decide how much of the system runs in the second region before the disaster, how data gets there, and who flips traffic.",
      "The replication mode between regions decides how much data you lose: asynchronous copies lag by seconds, synchronous ones add latency to every write.",
    ],
  },
  "sd-s-distributed-cache": {
    facts: [
      {
        about: ["traffic", "reads per second", "requests per second", "read write ratio"],
        answer: "About 5 million reads and 200,000 writes per second across all teams.",
      },
      {
        about: ["latency", "how fast respond", "latency target"],
        answer: "99% of reads should finish under 1 millisecond inside one data center.",
      },
      {
        about: ["durability", "data loss", "persistence"],
        answer:
          "It's a cache: losing entries is acceptable, but losing a whole shard at once hurts the databases behind it.",
      },
      {
        about: ["data size", "how much data", "memory size", "value size"],
        answer: "About 20 TB of data in total, values from 100 bytes to 1 MB, median 1 KB.",
      },
      {
        about: ["how many teams", "tenants", "isolation"],
        answer: "About 40 teams share it; one team's burst must not hurt the others.",
      },
    ],
    hints: [
      "20 TB won't fit on one machine. How does a client know which machine has the key it wants?",
      "Spread keys across many nodes in a way that survives nodes joining and leaving, then handle node failure, full memory and popular keys.",
      "Place keys and nodes on one hash ring, so adding or removing a node moves only a small share of the keys.",
    ],
  },
  "sd-s-event-driven": {
    facts: [
      {
        about: ["which services", "service boundaries", "what split"],
        answer: "Orders, payments, inventory and shipping become separate services, each with its own database.",
      },
      { about: ["traffic", "orders per second", "volume"], answer: "About 500 orders per second at peak." },
      { about: ["which broker", "kafka", "messaging"], answer: "Kafka is available, delivering at least once." },
      {
        about: ["consistency needs", "immediately consistent", "user see"],
        answer:
          "The user must never be charged for an order that can't ship, but a confirmation may take a few seconds.",
      },
      {
        about: ["migration", "big bang", "incremental"],
        answer: "The split happens service by service while the monolith keeps running.",
      },
    ],
    hints: [
      "Without a shared database transaction, what happens if a service commits its change and crashes before the event goes out?",
      "Make publishing an event as reliable as the local change, and plan how a multi-service process undoes its earlier steps when a later one fails.",
      "Write the event to an outbox table in the same local transaction as the change, and publish from there.",
    ],
  },
  "sd-s-metrics-pipeline": {
    facts: [
      {
        about: ["how many servers", "sources", "agents"],
        answer: "About 100,000 servers, each reporting about 50 points per second.",
      },
      {
        about: ["retention", "how long keep", "history"],
        answer: "Keep full resolution for 2 weeks, and about a year for trends.",
      },
      {
        about: ["query load", "dashboards", "how many queries", "query latency"],
        answer: "About 2,000 dashboard panels refresh every 30 seconds; each should render within a second.",
      },
      {
        about: ["data loss", "lose points", "accuracy"],
        answer: "Losing a few points during an incident is tolerable; losing minutes of data is not.",
      },
      {
        about: ["labels", "tags", "dimensions"],
        answer: "Each point has a metric name and labels such as host, service and region.",
      },
      { about: ["alerting", "alerts", "scope"], answer: "Alerting reads the same data but is out of scope here." },
    ],
    hints: [
      "Start by turning the ingest rate into the storage needed each day. What does that number tell you?",
      "Absorb the ingest with a durable buffer, store the data in a form made for time series, and think about what old data and ever-growing label values cost.",
      "Points from one series are very similar to their neighbours, so delta and compression encodings shrink them to a couple of bytes each.",
    ],
  },
  "sd-s-idempotent-api": {
    facts: [
      {
        about: ["how many instances", "fleet size", "servers"],
        answer: "About 30 API instances behind a load balancer, sharing one PostgreSQL cluster.",
      },
      {
        about: ["traffic", "orders per second", "volume"],
        answer: "About 1,000 orders per second at peak; roughly 1% of requests are retried.",
      },
      {
        about: ["client control", "which clients", "client changes", "mobile app"],
        answer: "Our mobile apps and partner integrations are the clients; we can ship a client library change.",
      },
      {
        about: ["how long retries", "retry window", "when retry"],
        answer: "Clients retry within seconds, and some partners retry for up to a day.",
      },
      {
        about: ["payment provider", "provider api", "charge api"],
        answer: "The payment provider deduplicates charges that carry the same request token.",
      },
    ],
    hints: [
      "A retry looks exactly like a new order to the server. What would let the server tell them apart?",
      "Make the client name each operation, store that name with the result, and think about two copies arriving at two instances at the same time.",
      "The client generates an idempotency key per order and sends the same key on every retry of that order.",
    ],
  },
  "sd-s-video-platform": {
    facts: [
      {
        about: ["upload volume", "videos per day", "uploads per"],
        answer: "About 50,000 uploads a day, averaging 10 minutes, up to 4 hours.",
      },
      {
        about: ["how many viewers", "concurrent viewers", "views per day", "traffic"],
        answer: "About 20 million views a day, with peaks of 2 million concurrent viewers.",
      },
      {
        about: ["devices", "which clients", "quality levels"],
        answer: "Phones, browsers and TVs, on networks from 3G to fibre.",
      },
      {
        about: ["how fast available", "processing time", "publish delay"],
        answer: "A new upload should be watchable within about 15 minutes.",
      },
      {
        about: ["live streaming", "live", "scope"],
        answer: "On-demand only; live streaming, recommendations and comments are out of scope.",
      },
    ],
    hints: [
      "One uploaded file and millions of viewers on very different networks: what has to happen to the video in between?",
      "Split the path into upload, processing and delivery, and consider where each viewer's bytes actually come from.",
      "Encode each video at several bitrates in short segments, so players can switch quality as their bandwidth changes.",
    ],
  },
  "sd-s-feature-flags": {
    facts: [
      {
        about: ["how many flags", "flag count", "rules size"],
        answer: "About 2,000 active flags, the full rule set a few MB.",
      },
      {
        about: ["how many services", "evaluations per second", "traffic"],
        answer: "About 300 services, evaluating flags around 10 million times per second in total.",
      },
      {
        about: ["latency budget", "how fast respond", "overhead"],
        answer: "A flag check may add microseconds, not a network round trip.",
      },
      {
        about: ["change propagation", "how fast changes", "update time"],
        answer:
          "A flag change should reach every service in under 10 seconds; turning off a broken feature fast is the main use.",
      },
      { about: ["languages", "which languages", "sdks"], answer: "Services are written in Go, Java and TypeScript." },
    ],
    hints: [
      "Tens of millions of checks per second can't each cross the network. Where must the check happen?",
      "Ship the rules to the services so checks happen inside them, then work out how changes reach them and what happens while the flag service is unreachable.",
      "Each service's SDK evaluates flags in its own memory against a local copy of the rules.",
    ],
  },
  "sd-j-cdn-edge-caching": {
    facts: [
      {
        about: ["what content", "static dynamic", "content types", "personalized"],
        answer:
          "Images, scripts and product pages that are the same for everyone, plus a logged-in API with per-user data.",
      },
      {
        about: ["traffic", "requests per second", "bandwidth"],
        answer: "About 20,000 requests per second at peak, 5 Gbps outbound.",
      },
      {
        about: ["current latency", "how slow", "latency users"],
        answer: "Users in Sydney see about 300 ms per round trip to the origin; pages need several round trips.",
      },
      {
        about: ["where users", "user locations", "which continents", "origin region"],
        answer: "The origin is in Frankfurt; a third of users are in the Americas and a quarter in Asia.",
      },
    ],
    hints: [
      "Light from Frankfurt to Sydney and back takes a fixed minimum time. How could a request avoid making that trip?",
      "Think about which responses can be stored near users, which cannot, and what else a server near the user can do even for uncacheable requests.",
      "A CDN serves cached responses from servers near the user, so most requests never travel to the origin at all.",
    ],
  },
  "sd-j-latency-throughput": {
    facts: [
      {
        about: ["example system", "which system", "context", "concrete example"],
        answer: "Take a checkout API serving 1,000 calls a second with a median response time of 50 ms.",
      },
      {
        about: ["distribution", "slow requests", "spread", "worst case"],
        answer: "In that API, most requests take about 50 ms, but 1 in 100 takes 2 seconds or more.",
      },
      {
        about: ["how deep", "level detail", "what expect"],
        answer: "Explain the concepts with numbers; no formal proofs are needed.",
      },
    ],
    hints: [
      "Compare a motorway's speed limit with how many cars pass per hour. Which is which here?",
      "Look at what an average does with a handful of very slow requests, and what a page that makes many calls experiences.",
      "A user whose page makes 20 backend calls almost always waits for the slowest of them, so one slow request in a hundred hits many users.",
    ],
  },
  "sd-j-realtime-updates": {
    facts: [
      {
        about: ["update frequency", "how often change", "status changes"],
        answer: "An order changes status a handful of times over an hour; a dashboard shows about 50 orders.",
      },
      {
        about: ["how fast respond", "latency", "delay acceptable"],
        answer: "Changes should appear within about 2 seconds.",
      },
      {
        about: ["client send", "two way", "user actions", "direction"],
        answer: "The dashboard only displays changes; user actions go through the normal API.",
      },
      {
        about: ["how many users", "concurrent dashboards", "viewers"],
        answer: "About 5,000 dashboards open at the same time.",
      },
      {
        about: ["infrastructure", "load balancer", "proxies", "servers"],
        answer: "Several API servers behind a load balancer that can keep HTTP connections open for a long time.",
      },
    ],
    hints: [
      "Most of the time nothing changes. What do your options send over the wire in that case?",
      "Compare the options by who starts each exchange, how much traffic is spent on nothing, and whether the client ever needs to send data back.",
      "Since updates only flow from server to browser, a one-way stream over plain HTTP is enough here.",
    ],
  },
  "sd-m-load-balancing-l4-l7": {
    facts: [
      {
        about: ["protocols", "kind traffic", "http tcp"],
        answer: "Think of an HTTP API, a gRPC service and a custom TCP protocol for IoT devices.",
      },
      {
        about: ["how many servers", "backends", "pool size"],
        answer: "Each pool has 10 to 50 backends of roughly equal size.",
      },
      {
        about: ["traffic", "requests per second", "connections"],
        answer: "About 50,000 requests per second and 200,000 open connections at peak.",
      },
      {
        about: ["tls", "encryption", "https"],
        answer: "All external traffic is encrypted; internal traffic may be plain.",
      },
    ],
    hints: [
      "What can a balancer decide if it only sees addresses and ports, and what more if it reads each request?",
      "Compare the two layers by what they can inspect and what that costs, then match the selection algorithms to requests of very different lengths.",
      "A balancer at the transport level sees only connections, so many requests multiplexed on one connection all land on the same backend.",
    ],
  },
  "sd-m-cache-write-strategies": {
    facts: [
      {
        about: ["catalog traffic", "read write ratio", "reads per second"],
        answer: "The catalog is read about 1,000 times for every write.",
      },
      {
        about: ["cart", "shopping cart", "cart writes"],
        answer: "Carts change often and are read on every page view of their owner; losing one annoys a customer.",
      },
      {
        about: ["counter", "page views", "view counter", "accuracy"],
        answer: "The view counter takes about 50,000 increments per second; being off by a few views is fine.",
      },
      { about: ["which cache", "redis", "cache technology"], answer: "Redis in front of PostgreSQL." },
    ],
    hints: [
      "For each use case, ask: how often is it written, how often read, and what happens if a recent write is lost?",
      "Compare the strategies by which store learns of a change first and when the other catches up, then match that to each use case's tolerance for loss and staleness.",
      "When losing a few recent writes is acceptable, collecting them in the cache and flushing them to the database in batches saves most of the writes.",
    ],
  },
  "sd-m-capacity-estimation": {
    facts: [
      {
        about: ["views behaviour", "photos viewed", "feed views", "reads"],
        answer: "Say a typical user views about 50 photos a day.",
      },
      {
        about: ["photo size", "image size", "file size", "thumbnails"],
        answer: "About 2 MB per original; the app also stores a few smaller versions.",
      },
      { about: ["retention", "how long keep", "delete photos"], answer: "Photos are kept forever." },
      {
        about: ["upload behaviour", "photos per user", "how many photos", "uploads"],
        answer: "Say a typical user uploads about 2 photos a day.",
      },
      {
        about: ["peak", "traffic pattern", "time zones"],
        answer: "Most users are in one region, so evenings are several times busier than the daily average.",
      },
    ],
    hints: [
      "Everything follows from a few numbers per user per day. Which do you need, and what are reasonable values?",
      "Work out the daily volume of each kind of request, turn it into a rate, and adjust for the busiest hour of the day.",
      "A day has about 86,400 seconds, call it 10^5, so a million of anything per day is roughly 10 per second on average.",
    ],
  },
  "sd-m-consistent-hashing": {
    facts: [
      {
        about: ["how many keys", "cache size", "data size"],
        answer: "About 200 million keys, 300 GB in total across the 4 nodes.",
      },
      {
        about: ["hit rate", "database load", "traffic"],
        answer: "The cache normally absorbs 95% of 100,000 reads per second; the database copes with about 10,000.",
      },
      {
        about: ["why add", "node change", "how often"],
        answer: "Capacity is added for growth a few times a year, and sometimes a machine dies.",
      },
      {
        about: ["client library", "which client", "who decides"],
        answer: "Our application servers pick the node themselves with a client library we can change.",
      },
    ],
    hints: [
      "When the node count goes from 4 to 5, for what fraction of keys does the simple hash-then-divide rule pick the same node as before?",
      "Look for a mapping from keys to nodes where adding a node only takes keys away from existing nodes, instead of reshuffling everything.",
      "Place nodes and keys on a ring of hash values and give each key to the first node that follows it.",
    ],
  },
  "sd-m-leader-election-job": {
    facts: [
      {
        about: ["job duration", "how long run", "job size"],
        answer: "The job bills about 2 million customers and takes around 40 minutes.",
      },
      {
        about: ["infrastructure", "kubernetes", "what available", "platform"],
        answer: "The replicas run on Kubernetes with PostgreSQL; no other coordination service is in use.",
      },
      {
        about: ["late allowed", "run time", "deadline"],
        answer: "It must finish before 6 am, and starting an hour late is fine.",
      },
      {
        about: ["double billing", "run twice", "duplicates"],
        answer: "Billing a customer twice is the worst outcome; finance must fix it by hand.",
      },
    ],
    hints: [
      "Five replicas start at midnight. What shared thing could they all consult to agree that exactly one of them goes ahead?",
      "Pick a coordination mechanism that also notices when its holder dies, then ask what happens to half-finished work and to a holder that only paused.",
      "A lease in a consistent store lets exactly one replica hold the right to run at a time.",
    ],
  },
  "sd-m-private-file-access": {
    facts: [
      {
        about: ["how many documents", "file sizes", "storage size"],
        answer: "About 50 million documents, mostly PDFs of up to 50 MB.",
      },
      {
        about: ["traffic", "downloads per second", "how many downloads"],
        answer: "About 500 downloads per second at peak.",
      },
      {
        about: ["how fast revoke", "revocation speed", "unshare", "remove access"],
        answer: "After a share is removed, the colleague must lose access within a few minutes.",
      },
      { about: ["compliance", "audit", "regulations"], answer: "Legal requires a record of who downloaded what." },
      { about: ["which storage", "cloud provider", "s3"], answer: "An S3-compatible object store." },
    ],
    hints: [
      "If the app doesn't stream the bytes itself, how can storage know that this particular user may read this file right now?",
      "Keep every file locked down in storage, make the access decision in your application, and hand out a narrow permission that runs out on its own.",
      "After checking the share in the database, the app signs a URL for that one object, valid only briefly.",
    ],
  },
  "sd-m-backpressure": {
    facts: [
      {
        about: ["lose events", "drop allowed", "data loss", "every event"],
        answer: "These are analytics events: losing some during a spike is acceptable, losing orders would not be.",
      },
      {
        about: ["producer rate", "event rate", "how many events", "traffic"],
        answer: "The producer peaks at 20,000 events per second; the consumers write about 8,000 per second today.",
      },
      {
        about: ["how long spikes", "spike duration", "burst length"],
        answer: "Spikes last 10 to 30 minutes, after a marketing push.",
      },
      {
        about: ["pipeline", "which broker", "what between"],
        answer: "Events go through an in-process queue into a PostgreSQL database today; a broker can be added.",
      },
    ],
    hints: [
      "If the producer keeps sending at 20,000 a second and only 8,000 get written, where do the other 12,000 go every second?",
      "Decide how much you buffer, how the slow end tells the fast end, and what you do once even the buffer is full.",
      "A queue with a size limit forces a decision when it fills, instead of letting memory grow until the process dies.",
    ],
  },
  "sd-m-unique-id-generator": {
    facts: [
      {
        about: ["how many servers", "generators", "instances"],
        answer: "Up to about 500 order-service instances across two data centers.",
      },
      {
        about: ["how sortable", "time order", "strict order"],
        answer: "Roughly sorted by time is enough; IDs from two servers in the same millisecond can be in any order.",
      },
      { about: ["how long last", "lifetime", "years"], answer: "The scheme must keep working for at least 30 years." },
      {
        about: ["guessable", "security", "expose ids"],
        answer: "IDs are internal; it doesn't matter if someone can estimate them.",
      },
    ],
    hints: [
      "If every server generated IDs independently, what would you pack into each ID so that two servers can never produce the same one?",
      "Split the 64 bits into parts: one that grows with time, one that tells servers apart, and one that tells IDs apart within a short instant.",
      "Put a millisecond timestamp in the high bits, so IDs sort roughly by creation time.",
    ],
  },
  "sd-m-service-discovery": {
    facts: [
      {
        about: ["how many services", "instance count", "scale"],
        answer: "About 60 services, 2,000 instances in total, hundreds replaced every hour.",
      },
      {
        about: ["platform", "kubernetes", "vms", "infrastructure"],
        answer: "A mix: most services on Kubernetes, some older ones on VMs.",
      },
      {
        about: ["how fast respond", "detection time", "stale instances"],
        answer: "Calls to a dead instance should stop within about 10 seconds.",
      },
      {
        about: ["languages", "client libraries", "which languages"],
        answer: "Services are written in four languages.",
      },
    ],
    hints: [
      "Where is the up-to-date list of which instances of a service exist and are healthy, and who keeps it current?",
      "Think about how instances get on and off that list, and whether the caller or something in the middle picks an instance.",
      "A central catalogue that instances join when they start and that drops them when they stop responding gives callers a live list.",
    ],
  },
  "sd-m-proximity-search": {
    facts: [
      {
        about: ["how many drivers", "active drivers", "driver count"],
        answer: "About 500,000 drivers online at peak worldwide.",
      },
      {
        about: ["how many searches", "rider requests", "searches per second", "query rate"],
        answer: "About 10,000 'find nearby drivers' searches per second at peak.",
      },
      {
        about: ["latency", "how fast respond", "response time"],
        answer: "A search should answer within about 100 ms.",
      },
      {
        about: ["location history", "store history", "trips"],
        answer: "Only the current position matters here; trip history is stored elsewhere.",
      },
      {
        about: ["accuracy", "exact distance", "straight line"],
        answer: "Straight-line distance is fine for narrowing down the candidates; ranking them is a separate step.",
      },
    ],
    hints: [
      "Checking the distance to all 500,000 drivers for every search is too slow. How could you look only at drivers who are roughly nearby?",
      "Divide the map into areas you can name, keep drivers filed under their area, and think about searches that fall near an area's edge.",
      "Encode each position as a geohash cell, so drivers in the same area share a key prefix and can be found with one lookup.",
    ],
  },
  "sd-s-cap-partition-behaviour": {
    facts: [
      {
        about: ["data centers", "which cities", "which regions"],
        answer: "One data center in Frankfurt and one in Dublin, each serving its own users.",
      },
      {
        about: ["partition duration", "outage length", "how long partition", "link down"],
        answer: "Link failures have lasted from a few seconds to about an hour.",
      },
      {
        about: ["inventory", "stock levels", "scarce items"],
        answer: "Most products have plenty of stock; some limited editions have just a few units.",
      },
      {
        about: ["business priority", "revenue", "what matters"],
        answer: "Losing sales during an outage hurts; selling stock we don't have also costs money and trust.",
      },
    ],
    hints: [
      "During the partition, each data center can only see its own writes. For each kind of data, what's worse: refusing a request or risking a wrong answer?",
      "Decide operation by operation, by what a wrong answer costs in that part of the product, and plan how the two sides get back together.",
      "A shopping cart can stay writable on both sides and be merged afterwards, because combining two versions of a cart is easy and cheap to get slightly wrong.",
    ],
  },
  "sd-s-active-active-writes": {
    facts: [
      {
        about: ["round trip", "distance regions", "network latency"],
        answer: "A packet takes about 80 ms to go from one region to the other and back.",
      },
      {
        about: ["what data", "which records", "data types"],
        answer: "User profiles, documents that teams edit, and account handles no two people may share.",
      },
      {
        about: ["traffic", "writes per second", "volume"],
        answer: "About 5,000 writes per second in total, split roughly evenly.",
      },
      {
        about: ["latency target", "how fast writes", "write latency"],
        answer: "Writes should complete within about 100 ms for users in both Europe and the US.",
      },
      {
        about: ["users travel", "shared documents", "cross region"],
        answer: "Most users stay in one region, but some teams span both.",
      },
    ],
    hints: [
      "If a write in Frankfurt had to be confirmed by Virginia before returning, what would that do to the latency target?",
      "First try to make conflicts impossible for most data, then decide how the rest gets merged, and find the few things that truly need one authority.",
      "Give each record an owning region that takes its writes, so two regions rarely write the same record at the same time.",
    ],
  },
  "sd-s-search-service": {
    facts: [
      {
        about: ["listing size", "document size", "data size", "how much data"],
        answer: "Each listing is about 2 KB of text plus structured fields like price, category and location.",
      },
      {
        about: ["update rate", "writes per second", "how often change", "freshness"],
        answer:
          "About 500 listings are created or updated per second; changes should be searchable within a few seconds.",
      },
      { about: ["latency", "how fast respond", "response time"], answer: "p99 under 200 ms for a search." },
      { about: ["languages", "which language", "multilingual"], answer: "English only for now." },
      { about: ["growth", "future scale", "how fast grow"], answer: "Listings grow about 50% a year." },
    ],
    hints: [
      "Scanning 50 million listings for a word is hopeless. What structure would let you find the listings containing a word directly?",
      "Think about how text is turned into terms, how the index is split across machines, and how results are ranked and filtered.",
      "An inverted index maps each term to the list of listings containing it, so a query touches only the lists of its own words.",
    ],
  },
  "sd-s-ticket-booking": {
    facts: [
      {
        about: ["traffic", "requests per second", "how many users", "peak"],
        answer:
          "200,000 fans arrive within the first minute, refreshing constantly: several hundred thousand requests per second.",
      },
      {
        about: ["seat selection", "choose seats", "assigned seats", "general admission"],
        answer: "Fans pick specific seats on a seat map.",
      },
      { about: ["tickets per person", "purchase limit", "how many tickets"], answer: "At most 4 tickets per person." },
      {
        about: ["payment time", "how long payment", "payment take", "checkout duration"],
        answer: "Paying takes a fan about 2 to 5 minutes.",
      },
      {
        about: ["payment provider", "which payments", "charges"],
        answer: "An external payment provider charges the cards.",
      },
    ],
    hints: [
      "Ten times more people than seats arrive in the same minute. What must never happen, and what may be merely slow?",
      "Control how many people reach checkout, give a buyer time to pay without losing the seat, and make the final claim of a seat safe against races.",
      "Mark a seat as sold with a single conditional write that only succeeds while the seat is still free, so two buyers can't both win it.",
    ],
  },
  "sd-s-web-crawler": {
    facts: [
      {
        about: ["page size", "storage", "how much data"],
        answer: "Pages average about 100 KB of HTML; store the raw HTML.",
      },
      {
        about: ["pages per month", "crawl volume", "how many pages"],
        answer: "1 billion pages a month, about 400 a second on average.",
      },
      {
        about: ["which content", "html only", "images", "javascript"],
        answer: "HTML only; no images, and no JavaScript rendering.",
      },
      {
        about: ["how polite", "site limits", "load websites"],
        answer:
          "Never more than one request at a time to a site, and a few seconds between requests unless it asks otherwise.",
      },
      {
        about: ["start urls", "seed", "where start"],
        answer: "Start from a seed list of about a million popular sites.",
      },
    ],
    hints: [
      "Which URL should be fetched next, and how do you avoid hammering one website while a thousand others wait?",
      "Organise the work so each website gets its own paced queue, skip what you have already seen, and watch out for sites that generate endless links.",
      "Give each host its own queue and let a fetcher take from a host only after that host's delay has passed.",
    ],
  },
};
