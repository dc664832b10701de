/**
 * The three kinds of commune-level unit since the 2025 two-level local government reform. The kind
 * decides eligibility: in a centrally-run city such as Hải Phòng, rural industrial establishments must
 * produce in a xã or đặc khu (or in a craft village recognised by the city), not in a phường.
 */
export const COMMUNE_KINDS = ["XA", "PHUONG", "DAC_KHU"] as const;

/** Kind of a commune-level unit: xã (rural commune), phường (urban ward) or đặc khu (special zone). */
export type CommuneKind = (typeof COMMUNE_KINDS)[number];

/** Vietnamese label of a commune kind, as it prefixes the unit's name ("Xã An Hưng"). */
export const COMMUNE_KIND_LABELS: Readonly<Record<CommuneKind, string>> = {
  XA: "Xã",
  PHUONG: "Phường",
  DAC_KHU: "Đặc khu",
};

/**
 * The province a unit belonged to before Hải Dương merged into Hải Phòng (1/7/2025). Kept because
 * reports and old records (decisions of QĐ 55/2020 Hải Dương, for instance) still speak of it.
 */
export type FormerProvince = "HAI_PHONG" | "HAI_DUONG";

/** Vietnamese label of a former province. */
export const FORMER_PROVINCE_LABELS: Readonly<Record<FormerProvince, string>> = {
  HAI_PHONG: "Hải Phòng (cũ)",
  HAI_DUONG: "Hải Dương (cũ)",
};

/** One commune-level administrative unit of Hải Phòng. */
export interface Commune {
  /**
   * Stable ASCII identifier: the kind and the name without diacritics, e.g. `xa-an-hung`. The official
   * statistics-office (TCTK) codes were not available; this slug stands in for them and never changes
   * once published, since stored facilities and đề án refer to it.
   */
  readonly code: string;
  /** Official Vietnamese name without the kind prefix, e.g. "An Hưng". */
  readonly name: string;
  readonly kind: CommuneKind;
  readonly formerProvince: FormerProvince;
  /** A doubt about the name worth showing to whoever checks the list against the resolution. */
  readonly nameNote?: string;
}

const KIND_SLUGS: Readonly<Record<CommuneKind, string>> = { XA: "xa", PHUONG: "phuong", DAC_KHU: "dac-khu" };

/**
 * Removes Vietnamese diacritics (tones and vowel marks) and maps đ/Đ to d/D, so that "Đồ Sơn" becomes
 * "Do Son". `đ` is a letter of its own, not `d` plus a mark, so Unicode decomposition alone misses it.
 */
export function foldVietnamese(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}

/**
 * The code a unit gets from its kind and name: lower-case ASCII words joined by `-`, e.g.
 * `toCommuneCode("DAC_KHU", "Cát Hải") === "dac-khu-cat-hai"`. Two names that differ only by a tone
 * fold to the same code; the data list resolves such clashes explicitly.
 */
export function toCommuneCode(kind: CommuneKind, name: string): string {
  const words = foldVietnamese(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `${KIND_SLUGS[kind]}-${words}`;
}

/** The full Vietnamese name of a unit as officials write it: "Xã An Hưng", "Đặc khu Cát Hải". */
export function communeDisplayName(commune: Pick<Commune, "kind" | "name">): string {
  return `${COMMUNE_KIND_LABELS[commune.kind]} ${commune.name}`;
}
