// The key a client is counted by. An IPv4 address is one client; an IPv6 client usually holds a
// whole /64 (often far more), so counting single IPv6 addresses would give it 2^64 fresh budgets.
import { isIPv4, isIPv6 } from "node:net";

export function clientAddressKey(ip: string): string {
  if (isIPv4(ip)) return ip;
  if (!isIPv6(ip)) return ip;
  const mappedIpv4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mappedIpv4?.[1]) return mappedIpv4[1];
  return `${expandIpv6(ip).slice(0, 4).join(":")}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address, lower case, without leading zeros. */
function expandIpv6(ip: string): string[] {
  // A trailing embedded IPv4 (e.g. 64:ff9b::1.2.3.4) becomes two groups.
  const withoutZone = ip.split("%")[0] ?? ip;
  const lastColon = withoutZone.lastIndexOf(":");
  const tail = withoutZone.slice(lastColon + 1);
  let text = withoutZone;
  if (isIPv4(tail)) {
    const [a = 0, b = 0, c = 0, d = 0] = tail.split(".").map(Number);
    text = `${withoutZone.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", rest] = text.split("::");
  const headGroups = head === "" ? [] : head.split(":");
  const restGroups = rest === undefined || rest === "" ? [] : rest.split(":");
  const missing = 8 - headGroups.length - restGroups.length;
  const groups = rest === undefined ? headGroups : [...headGroups, ...Array<string>(missing).fill("0"), ...restGroups];
  return groups.map((group) => Number.parseInt(group, 16).toString(16));
}
