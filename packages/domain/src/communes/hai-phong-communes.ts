import { type Citation, LEGAL_DOCUMENTS } from "../legal/citation.js";
import { type Commune, type CommuneKind, type FormerProvince, toCommuneCode } from "./commune.js";

/**
 * Nghị quyết 1669/NQ-UBTVQH15 of 16/6/2025 on the rearrangement of Hải Phòng's commune-level units,
 * in force from 1/7/2025. The count (114 = 67 xã + 45 phường + 2 đặc khu) was read in the resolution;
 * the individual names come from press lists and a public dataset, hence only partly verified.
 */
export const NQ_1669_CITATION: Citation = {
  document: LEGAL_DOCUMENTS.NQ_1669_2025,
  note:
    "Nghị quyết ngày 16/6/2025 về sắp xếp đơn vị hành chính cấp xã của thành phố Hải Phòng, có hiệu lực từ 1/7/2025. " +
    "Số lượng 114 đơn vị (67 xã, 45 phường, 2 đặc khu) đã xác minh; tên từng đơn vị mới xác minh một phần (báo chí, bộ dữ liệu công khai).",
  status: "PARTLY_VERIFIED",
};

/** Date NQ 1669/NQ-UBTVQH15 was adopted (`YYYY-MM-DD`). */
export const NQ_1669_ADOPTED_ON = "2025-06-16";

/** Date from which the 114 units exist (`YYYY-MM-DD`); before it, Hải Phòng and Hải Dương had districts. */
export const NQ_1669_IN_FORCE_FROM = "2025-07-01";

/*
 * Names as listed in domain-reference §7, grouped by former province and kind, in the order of the
 * source. Kept as plain lists so that checking them against the resolution is a reading exercise.
 */
const HAI_PHONG_XA = [
  "An Hưng",
  "An Khánh",
  "An Quang",
  "An Trường",
  "An Lão",
  "Kiến Thụy",
  "Kiến Minh",
  "Kiến Hải",
  "Kiến Hưng",
  "Nghi Dương",
  "Quyết Thắng",
  "Tiên Lãng",
  "Tân Minh",
  "Tiên Minh",
  "Chấn Hưng",
  "Hùng Thắng",
  "Vĩnh Bảo",
  "Nguyễn Bỉnh Khiêm",
  "Vĩnh Am",
  "Vĩnh Hải",
  "Vĩnh Hòa",
  "Vĩnh Thịnh",
  "Vĩnh Thuận",
  "Việt Khê",
];

const HAI_DUONG_XA = [
  "Nam An Phụ",
  "Nam Sách",
  "Thái Tân",
  "Hợp Tiến",
  "Trần Phú",
  "An Phú",
  "Thanh Hà",
  "Hà Tây",
  "Hà Bắc",
  "Hà Nam",
  "Hà Đông",
  "Cẩm Giang",
  "Tuệ Tĩnh",
  "Mao Điền",
  "Cẩm Giàng",
  "Kẻ Sặt",
  "Bình Giang",
  "Đường An",
  "Thượng Hồng",
  "Gia Lộc",
  "Yết Kiêu",
  "Gia Phúc",
  "Trường Tân",
  "Tứ Kỳ",
  "Tân Kỳ",
  "Đại Sơn",
  "Chí Minh",
  "Lạc Phượng",
  "Nguyên Giáp",
  "Ninh Giang",
  "Vĩnh Lại",
  "Khúc Thừa Dụ",
  "Tân An",
  "Hồng Châu",
  "Thanh Miện",
  "Bắc Thanh Miện",
  "Hải Hưng",
  "Nguyễn Lương Bằng",
  "Nam Thanh Miện",
  "Phú Thái",
  "Lai Khê",
  "An Thành",
  "Kim Thành",
];

const HAI_PHONG_PHUONG = [
  "Thủy Nguyên",
  "Thiên Hương",
  "Hòa Bình",
  "Nam Triệu",
  "Bạch Đằng",
  "Lưu Kiếm",
  "Lê Ích Mộc",
  "Hồng Bàng",
  "Hồng An",
  "Ngô Quyền",
  "Gia Viên",
  "Lê Chân",
  "An Biên",
  "Hải An",
  "Đông Hải",
  "Kiến An",
  "Phù Liễn",
  "Nam Đồ Sơn",
  "Đồ Sơn",
  "Hưng Đạo",
  "Dương Kinh",
  "An Dương",
  "An Hải",
  "An Phong",
];

const HAI_DUONG_PHUONG = [
  "Hải Dương",
  "Lê Thanh Nghị",
  "Việt Hòa",
  "Thành Đông",
  "Nam Đồng",
  "Tân Hưng",
  "Thạch Khôi",
  "Tứ Minh",
  "Ái Quốc",
  "Chu Văn An",
  "Chí Linh",
  "Trần Hưng Đạo",
  "Nguyễn Trãi",
  "Trần Nhân Tông",
  "Lê Đại Hành",
  "Kinh Môn",
  "Nguyễn Đại Năng",
  "Trần Liễu",
  "Bắc An Phụ",
  "Phạm Sư Mạnh",
  "Nhị Chiểu",
];

const HAI_PHONG_DAC_KHU = ["Cát Hải", "Bạch Long Vĩ"];

/** Doubts about names, shown next to the unit until someone checks the resolution's own text. */
const NAME_NOTES: Readonly<Record<string, string>> = {
  "xa-vinh-am":
    "Báo chí viết là “Vĩnh An”; tên “Vĩnh Am” theo bộ dữ liệu công khai, chưa đối chiếu nguyên văn Nghị quyết.",
};

/*
 * "Cẩm Giang" and "Cẩm Giàng" are two distinct xã that differ only by a tone, so they fold to the
 * same slug. The one listed first keeps the plain slug; the other gets a "-2" suffix, written here
 * rather than derived from list order so that editing the list can never move a published code.
 */
const CODE_OVERRIDES: Readonly<Record<string, string>> = {
  "XA:Cẩm Giàng": "xa-cam-giang-2",
};

function units(kind: CommuneKind, formerProvince: FormerProvince, names: readonly string[]): Commune[] {
  return names.map((name) => {
    const code = CODE_OVERRIDES[`${kind}:${name}`] ?? toCommuneCode(kind, name);
    const nameNote = NAME_NOTES[code];
    return nameNote === undefined
      ? { code, name, kind, formerProvince }
      : { code, name, kind, formerProvince, nameNote };
  });
}

/**
 * Hải Phòng's 114 commune-level units from 1/7/2025 (NQ 1669/NQ-UBTVQH15): 67 xã, 45 phường and
 * 2 đặc khu, former Hải Phòng units first. Names are partly verified (see {@link NQ_1669_CITATION}).
 */
export const HAI_PHONG_COMMUNES: readonly Commune[] = Object.freeze([
  ...units("DAC_KHU", "HAI_PHONG", HAI_PHONG_DAC_KHU),
  ...units("XA", "HAI_PHONG", HAI_PHONG_XA),
  ...units("PHUONG", "HAI_PHONG", HAI_PHONG_PHUONG),
  ...units("XA", "HAI_DUONG", HAI_DUONG_XA),
  ...units("PHUONG", "HAI_DUONG", HAI_DUONG_PHUONG),
]);

const BY_CODE: ReadonlyMap<string, Commune> = new Map(HAI_PHONG_COMMUNES.map((c) => [c.code, c]));

/** The Hải Phòng unit with this code, or `undefined` when the code names no unit. */
export function findCommune(code: string): Commune | undefined {
  return BY_CODE.get(code);
}
