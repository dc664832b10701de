/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What a user may do. Scope (commune, implementing unit) is data on the user, not a role. */
export type Role =
  /** Quản trị hệ thống */
  | 'ADMIN'
  /** Phân tích dữ liệu (chỉ đọc) */
  | 'ANALYST'
  /** Cán bộ UBND xã, phường, đặc khu */
  | 'COMMUNE_OFFICER'
  /** Sở Công Thương / Trung tâm Khuyến công */
  | 'DEPARTMENT'
  /** Sở Tài chính */
  | 'FINANCE'
  /** Đơn vị thực hiện đề án */
  | 'IMPLEMENTING_UNIT'
  /** Kho bạc Nhà nước khu vực III */
  | 'TREASURY';

export type TestLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type TestLoginMutation = { login: { token: string } };

export type TestCreateUserMutationVariables = Exact<{
  email: string;
  role: Role;
  communeCode?: string | null | undefined;
  unitId?: string | number | null | undefined;
  password: string;
}>;


export type TestCreateUserMutation = { createUser: { id: string, version: number } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const TestLoginDocument = new TypedDocumentString(`
    mutation TestLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
  }
}
    `) as unknown as TypedDocumentString<TestLoginMutation, TestLoginMutationVariables>;
export const TestCreateUserDocument = new TypedDocumentString(`
    mutation TestCreateUser($email: String!, $role: Role!, $communeCode: String, $unitId: ID, $password: String!) {
  createUser(
    email: $email
    fullName: "Người Thử"
    role: $role
    communeCode: $communeCode
    unitId: $unitId
    password: $password
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<TestCreateUserMutation, TestCreateUserMutationVariables>;