/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation TestLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": typeof types.TestLoginDocument,
    "\n  mutation TestCreateUser($email: String!, $role: Role!, $communeCode: String, $unitId: ID, $password: String!) {\n    createUser(\n      email: $email\n      fullName: \"Người Thử\"\n      role: $role\n      communeCode: $communeCode\n      unitId: $unitId\n      password: $password\n    ) {\n      id\n      version\n    }\n  }\n": typeof types.TestCreateUserDocument,
};
const documents: Documents = {
    "\n  mutation TestLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": types.TestLoginDocument,
    "\n  mutation TestCreateUser($email: String!, $role: Role!, $communeCode: String, $unitId: ID, $password: String!) {\n    createUser(\n      email: $email\n      fullName: \"Người Thử\"\n      role: $role\n      communeCode: $communeCode\n      unitId: $unitId\n      password: $password\n    ) {\n      id\n      version\n    }\n  }\n": types.TestCreateUserDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"): typeof import('./graphql.js').TestLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateUser($email: String!, $role: Role!, $communeCode: String, $unitId: ID, $password: String!) {\n    createUser(\n      email: $email\n      fullName: \"Người Thử\"\n      role: $role\n      communeCode: $communeCode\n      unitId: $unitId\n      password: $password\n    ) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql.js').TestCreateUserDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
