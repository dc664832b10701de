export {
  type Commune,
  COMMUNE_KIND_LABELS,
  COMMUNE_KINDS,
  type CommuneKind,
  communeDisplayName,
  FORMER_PROVINCE_LABELS,
  type FormerProvince,
  foldVietnamese,
  toCommuneCode,
} from "./commune.js";
export {
  findCommune,
  HAI_PHONG_COMMUNES,
  NQ_1669_ADOPTED_ON,
  NQ_1669_CITATION,
  NQ_1669_IN_FORCE_FROM,
} from "./hai-phong-communes.js";
