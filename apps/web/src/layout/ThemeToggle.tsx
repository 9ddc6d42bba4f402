// Light or dark: follows the system until the user picks one, then remembers the choice.
import { useEffect, useState } from "react";

type Theme = "light" | "dark";
const STORAGE_KEY = "interviewer:theme";

function initialTheme(): Theme {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === "light" || stored === "dark") return stored;
  return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>(initialTheme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  const next = theme === "dark" ? "light" : "dark";
  return (
    <button
      type="button"
      className="btn btn-small theme-toggle"
      aria-label={`Switch to ${next} theme`}
      onClick={() => {
        localStorage.setItem(STORAGE_KEY, next);
        setTheme(next);
      }}
    >
      {theme === "dark" ? "☀" : "☾"}
    </button>
  );
}
