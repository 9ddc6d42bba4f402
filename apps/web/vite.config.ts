import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// In development the API runs on :3000 and Vite on :5173; the proxy keeps every call same-origin,
// so cookies and CORS behave as they do in production.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      "/trpc": "http://localhost:3000",
      "/dev": "http://localhost:3000",
      "/health": "http://localhost:3000",
    },
  },
});
