/**
 * Words Vietnamese users and attackers reach for first, absent from zxcvbn's English lists: common
 * passwords in Vietnamese leaks (matkhau, anhyeuem, …) and the names of this system, city and agency.
 * Ranked by rough frequency (first = most guessable); no accents, as typed on a keyboard.
 */
export const VIETNAMESE_COMMON: readonly string[] = [
  "matkhau",
  "anhyeuem",
  "emyeuanh",
  "iloveyou",
  "vietnam",
  "hanoi",
  "saigon",
  "haiphong",
  "khuyencong",
  "congthuong",
  "socongthuong",
  "trungtam",
  "quantri",
  "admin",
  "xinchao",
  "yeuem",
  "yeuanh",
  "conyeu",
  "mautroi",
  "hoanganh",
  "ngoctrinh",
  "thanhcong",
  "hanhphuc",
  "tinhyeu",
  "giadinh",
  "doremon",
  "hoilamgi",
  "khongbiet",
  "minhanh",
  "baoanh",
];
