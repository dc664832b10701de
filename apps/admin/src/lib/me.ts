import { type Capability, type DataScope, dataScopeOf } from "@khuyencong/domain";
import { createContext, useContext, useMemo } from "react";
import { graphql } from "../gql";
import type { MeQuery } from "../gql/graphql";

export type Me = MeQuery["me"];

export const ME_QUERY = graphql(`
  query Me {
    me {
      id email fullName role roleLabel communeCode mustChangePassword capabilities
      commune { displayName } unit { name }
    }
  }
`);

export const MeContext = createContext<Me | null>(null);

export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error("useMe outside the signed-in shell");
  return me;
}

/** Whether the signed-in user holds a capability. */
export type Can = (capability: Capability) => boolean;

/**
 * What the signed-in user may do, from `me.capabilities` (the domain's access table, as the API applies
 * it): menus, pages and buttons ask this, never the role. Scope (commune, unit) comes on top.
 */
export function useCan(): Can {
  const me = useMe();
  return useMemo(() => {
    const held = new Set<string>(me.capabilities);
    return (capability) => held.has(capability);
  }, [me.capabilities]);
}

/**
 * Which rows the signed-in user works on (the domain's data scope of their role): ALL, their COMMUNE or
 * their implementing UNIT. Forms fix the commune or unit of a scoped user instead of asking for it.
 */
export function useScope(): DataScope {
  return dataScopeOf(useMe().role);
}
