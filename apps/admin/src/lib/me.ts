import type { Role } from "@khuyencong/domain";
import { createContext, useContext } from "react";

export interface Me {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  roleLabel: string;
  communeCode: string | null;
  commune: { displayName: string } | null;
  unit: { name: string } | null;
}

export const ME_QUERY = `query Me { me { id email fullName role roleLabel communeCode commune { displayName } unit { name } } }`;

export const MeContext = createContext<Me | null>(null);

export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error("useMe outside the signed-in shell");
  return me;
}
