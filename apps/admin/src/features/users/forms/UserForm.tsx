import { dataScopeOf, ROLE_LABELS, ROLES, type Role } from "@khuyencong/domain";
import {
  Alert,
  Button,
  Group,
  Modal,
  PasswordInput,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../../gql";
import type { UsersListQuery } from "../../../gql/graphql";
import { PasswordStrength } from "../../../ui/PasswordStrength";
import { MutationError, type RecordName, useMutationForm } from "../../../ui/useMutationForm";
import { useT } from "../../../lib/i18n";
import { checkPasswordNow, refusalText, usePasswordCheck } from "../../../ui/password-check";
import {
  generatePassword,
  PASSWORD_MIN_LENGTH,
  ROLE_DUTIES,
  scopeFor,
  type UserField,
  type UserFieldProblem,
  validateUserForm,
} from "../users";

export type UserRow = UsersListQuery["users"]["nodes"][number];

/** An account, as the stale-version banner names it. */
export const USER: RecordName = { vi: "tài khoản", en: "account" };

const SCOPE_CHOICES = graphql(`
  query UserScopeChoices {
    communes { code displayName }
    implementingUnits { id name }
  }
`);

const CREATE_USER = graphql(`
  mutation CreateUser(
    $email: String!
    $fullName: String!
    $role: Role!
    $communeCode: String
    $unitId: ID
    $password: String!
  ) {
    createUser(
      email: $email
      fullName: $fullName
      role: $role
      communeCode: $communeCode
      unitId: $unitId
      password: $password
    ) { id email fullName }
  }
`);

const UPDATE_USER = graphql(`
  mutation UpdateUser(
    $id: ID!
    $version: Int!
    $email: String
    $fullName: String
    $role: Role
    $communeCode: String
    $unitId: ID
    $active: Boolean
  ) {
    updateUser(
      id: $id
      version: $version
      email: $email
      fullName: $fullName
      role: $role
      communeCode: $communeCode
      unitId: $unitId
      active: $active
    ) { id email fullName role roleLabel active version communeCode unitId }
  }
`);

export function problemText(t: (vi: string, en: string) => string, problem: UserFieldProblem): string {
  switch (problem) {
    case "required":
      return t("Vui lòng nhập trường này", "This field is required");
    case "emailInvalid":
      return t("Email không hợp lệ", "Not a valid email");
    case "passwordShort":
      return t(
        `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự`,
        `At least ${PASSWORD_MIN_LENGTH} characters`,
      );
    case "passwordLong":
      return t("Mật khẩu có tối đa 200 ký tự", "At most 200 characters");
    case "communeRequired":
      return t(
        "Cán bộ xã phải được gắn với một xã, phường hoặc đặc khu",
        "A commune officer needs a commune",
      );
    case "unitRequired":
      return t("Vui lòng chọn đơn vị thực hiện", "Choose the implementing unit");
  }
}

export function roleOptions() {
  return ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));
}

/** Creates a user (`user` absent) or changes one, with the version last read. */
export function UserFormModal({
  user,
  onClose,
  onSaved,
}: {
  user?: UserRow;
  onClose: () => void;
  onSaved: (saved: { fullName: string; email: string }, created: boolean) => void;
}) {
  const t = useT();
  const creating = !user;
  const [email, setEmail] = useState(user?.email ?? "");
  const [fullName, setFullName] = useState(user?.fullName ?? "");
  const [role, setRole] = useState<Role | null>((user?.role as Role | undefined) ?? null);
  const [communeCode, setCommuneCode] = useState<string | null>(user?.communeCode ?? null);
  const [unitId, setUnitId] = useState<string | null>(user?.unitId ?? null);
  const [active, setActive] = useState(user?.active ?? true);
  const [password, setPassword] = useState("");
  const [showPassword, setShowPassword] = useState(false);
  /** What the password rule refuses about the password, once the form was sent. */
  const [passwordRefusal, setPasswordRefusal] = useState<string | null>(null);
  const strength = usePasswordCheck(password, [email, fullName], creating);
  const [problems, setProblems] = useState<Partial<Record<UserField, UserFieldProblem>>>({});
  const [confirmDeactivate, setConfirmDeactivate] = useState(false);
  const [choices] = useQuery({ query: SCOPE_CHOICES });
  const save = useMutationForm({
    shown: ["email", "fullName", "role", "communeCode", "unitId", "password", "active"],
  });
  const deactivating = !creating && user.active && !active;

  const fieldError = (field: UserField) =>
    problems[field]
      ? problemText(t, problems[field])
      : ((field === "password" ? passwordRefusal : null) ?? save.fieldErrors[field] ?? null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateUserForm({ email, fullName, role, communeCode, unitId, password }, { creating });
    setProblems(found);
    save.clear();
    if (Object.keys(found).length > 0 || !role) return;
    if (creating) {
      // The API's rule, in the browser: the administrator learns before sending (the API checks again).
      const rule = await checkPasswordNow(password, [email, fullName]);
      if (!rule.ok) {
        setPasswordRefusal(refusalText(rule, t));
        return;
      }
    }
    if (deactivating && !confirmDeactivate) {
      setConfirmDeactivate(true);
      return;
    }
    const scope = scopeFor(role, communeCode, unitId);
    const res = creating
      ? await save.send(CREATE_USER, {
          email: email.trim(),
          fullName: fullName.trim(),
          role,
          ...scope,
          password,
        })
      : await save.send(UPDATE_USER, {
          id: user.id,
          version: user.version,
          email: email.trim(),
          fullName: fullName.trim(),
          role,
          ...scope,
          active,
        });
    if (res.error) {
      setConfirmDeactivate(false);
      return;
    }
    onSaved({ fullName: fullName.trim(), email: email.trim().toLowerCase() }, creating);
  };

  const clear = (field: UserField) => {
    setProblems((p) => ({ ...p, [field]: undefined }));
    if (field === "password") setPasswordRefusal(null);
    save.clear();
  };

  return (
    <Modal
      closeButtonProps={{ "aria-label": t("Đóng", "Close") }}
      opened
      onClose={onClose}
      size="lg"
      title={creating ? t("Thêm người dùng", "New user") : t("Sửa người dùng", "Edit user")}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <MutationError form={save} record={USER} />
          <TextInput
            label="Email"
            type="email"
            required
            value={email}
            onChange={(e) => {
              setEmail(e.currentTarget.value);
              clear("email");
            }}
            error={fieldError("email")}
          />
          <TextInput
            label={t("Họ và tên", "Full name")}
            required
            value={fullName}
            onChange={(e) => {
              setFullName(e.currentTarget.value);
              clear("fullName");
            }}
            error={fieldError("fullName")}
          />
          <Select
            label={t("Vai trò", "Role")}
            required
            data={roleOptions()}
            value={role}
            onChange={(v) => {
              setRole(v as Role | null);
              clear("role");
            }}
            error={fieldError("role")}
            description={role ? t(ROLE_DUTIES[role].vi, ROLE_DUTIES[role].en) : undefined}
            allowDeselect={false}
          />
          {role && dataScopeOf(role) === "COMMUNE" && (
            <Select
              label={t("Xã, phường, đặc khu", "Commune")}
              required
              searchable
              placeholder={choices.fetching ? t("Đang tải…", "Loading…") : t("Gõ để tìm", "Type to search")}
              data={(choices.data?.communes ?? []).map((c) => ({ value: c.code, label: c.displayName }))}
              value={communeCode}
              onChange={(v) => {
                setCommuneCode(v);
                clear("communeCode");
              }}
              error={
                fieldError("communeCode") ??
                (choices.error ? t("Không tải được danh sách xã", "Could not load the communes") : null)
              }
              nothingFoundMessage={t("Không có xã nào khớp", "No commune matches")}
            />
          )}
          {role && dataScopeOf(role) === "UNIT" && (
            <Select
              label={t("Đơn vị thực hiện", "Implementing unit")}
              required
              searchable
              data={(choices.data?.implementingUnits ?? []).map((u) => ({ value: u.id, label: u.name }))}
              value={unitId}
              onChange={(v) => {
                setUnitId(v);
                clear("unitId");
              }}
              error={fieldError("unitId")}
              nothingFoundMessage={t("Chưa có đơn vị nào", "No unit yet")}
            />
          )}
          {creating ? (
            <Group align="end" wrap="nowrap">
              <PasswordInput
                visibilityToggleButtonProps={{
                  "aria-label": t("Hiện hoặc ẩn ký tự đã gõ", "Show or hide what was typed"),
                }}
                label={t("Mật khẩu ban đầu", "Initial password")}
                required
                style={{ flex: 1 }}
                autoComplete="new-password"
                visible={showPassword}
                onVisibilityChange={setShowPassword}
                value={password}
                onChange={(e) => {
                  setPassword(e.currentTarget.value);
                  clear("password");
                }}
                error={fieldError("password")}
                description={t(
                  `Ít nhất ${PASSWORD_MIN_LENGTH} ký tự, khó đoán; người dùng phải đổi mật khẩu này ở lần đăng nhập đầu.`,
                  `At least ${PASSWORD_MIN_LENGTH} characters, hard to guess; the user must change it at first sign-in.`,
                )}
              />
              <Button
                variant="default"
                onClick={() => {
                  setPassword(generatePassword());
                  setShowPassword(true);
                  clear("password");
                }}
              >
                {t("Tạo ngẫu nhiên", "Generate")}
              </Button>
            </Group>
          ) : null}
          {creating ? (
            <PasswordStrength check={strength} showProblems={!fieldError("password")} />
          ) : (
            <Switch
              label={t("Đang hoạt động (được đăng nhập)", "Active (may sign in)")}
              checked={active}
              onChange={(e) => {
                setActive(e.currentTarget.checked);
                setConfirmDeactivate(false);
              }}
              error={save.fieldErrors.active}
            />
          )}
          {confirmDeactivate && (
            <Alert color="red" role="alert" title={t("Vô hiệu hoá tài khoản?", "Deactivate the account?")}>
              {t(
                "Người dùng sẽ bị đăng xuất ngay, không đăng nhập được nữa, và mọi mã truy cập API của họ bị thu hồi vĩnh viễn (kích hoạt lại cũng không khôi phục). Bấm lại nút lưu để xác nhận.",
                "The user is signed out at once, can no longer sign in, and every API token of theirs is revoked for good (reactivating does not restore them). Press save again to confirm.",
              )}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("Huỷ", "Cancel")}
            </Button>
            <Button type="submit" color={confirmDeactivate ? "red" : undefined} loading={save.fetching}>
              {creating
                ? t("Tạo người dùng", "Create user")
                : confirmDeactivate
                  ? t("Xác nhận lưu và vô hiệu hoá", "Save and deactivate")
                  : t("Lưu thay đổi", "Save changes")}
            </Button>
          </Group>
          {!creating && (
            <Text size="xs" c="dimmed">
              {t(`Phiên bản ${user.version}`, `Version ${user.version}`)}
            </Text>
          )}
        </Stack>
      </form>
    </Modal>
  );
}
