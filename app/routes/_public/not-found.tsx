import { data } from 'react-router';

/** Any address no page claims: the 404 page in the portal's layout. */
export function loader() {
  throw data({}, { status: 404 });
}

export default function NotFound() {
  return null;
}
