import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";

/**
 * Vietnamese first, English on request. Each string is written in both languages where it is used,
 * `t("Đề án", "Projects")`, so a screen reads as it renders and no catalogue drifts from the code.
 * Messages the API writes (errors, legal citations) stay Vietnamese: they are the administration's words.
 */
export type Lang = "vi" | "en";

const KEY = "khuyencong.lang";

interface LangState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

const LangContext = createContext<LangState>({ lang: "vi", setLang: () => {} });

function storedLang(): Lang {
  try {
    return localStorage.getItem(KEY) === "en" ? "en" : "vi";
  } catch {
    return "vi";
  }
}

export function LangProvider({ children, initial }: { children: ReactNode; initial?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => initial ?? storedLang());
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(KEY, next);
    } catch {}
    document.documentElement.lang = next;
  }, []);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): LangState {
  return useContext(LangContext);
}

/** `t(vi, en)`: the string in the user's language. */
export type Translate = (vi: string, en: string) => string;

export function useT(): Translate {
  const { lang } = useContext(LangContext);
  return useCallback((vi: string, en: string) => (lang === "en" ? en : vi), [lang]);
}
