import { data } from 'react-router';

/** An unknown address in the signed-in area: the 404 page in the work layout. */
export function loader() {
  throw data({}, { status: 404 });
}

export default function NotFound() {
  return null;
}
