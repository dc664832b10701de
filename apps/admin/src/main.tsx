import "@mantine/core/styles.css";
import "@mantine/dates/styles.css";
import { createTheme, MantineProvider } from "@mantine/core";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { Provider } from "urql";
import { App } from "./App";
import { AppDatesProvider } from "./components/DateField";
import { createClient } from "./lib/client";
import { LangProvider } from "./lib/i18n";

const theme = createTheme({
  primaryColor: "blue",
  defaultRadius: "sm",
  fontFamily: "system-ui, 'Segoe UI', Roboto, Arial, sans-serif",
});

const root = document.getElementById("root");
if (!root) throw new Error("#root missing");
createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <LangProvider>
        <AppDatesProvider>
          <Provider value={createClient()}>
            <App />
          </Provider>
        </AppDatesProvider>
      </LangProvider>
    </MantineProvider>
  </StrictMode>,
);
