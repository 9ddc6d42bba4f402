import { describe, expect, it } from "vitest";
import { clientAddressKey } from "./client-address-key.ts";

describe("clientAddressKey", () => {
  it("counts an IPv4 client by its address", () => {
    expect(clientAddressKey("203.0.113.7")).toBe("203.0.113.7");
  });

  it("counts an IPv4-mapped IPv6 address as the IPv4 client", () => {
    expect(clientAddressKey("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("counts every address of one IPv6 /64 as one client", () => {
    const a = clientAddressKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd");
    const b = clientAddressKey("2001:0db8:0001:0002::1");
    expect(a).toBe("2001:db8:1:2::/64");
    expect(b).toBe(a);
    expect(clientAddressKey("2001:db8:1:3::1")).not.toBe(a);
  });

  it("expands :: at the start and handles the loopback", () => {
    expect(clientAddressKey("::1")).toBe("0:0:0:0::/64");
    expect(clientAddressKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
  });
});
