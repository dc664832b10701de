import { createContext, useContext } from "react";
import { graphql } from "../gql";
import type { MeQuery } from "../gql/graphql";

export type Me = MeQuery["me"];

export const ME_QUERY = graphql(`
  query Me {
    me { id email fullName role roleLabel communeCode mustChangePassword commune { displayName } unit { name } }
  }
`);

export const MeContext = createContext<Me | null>(null);

export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error("useMe outside the signed-in shell");
  return me;
}
