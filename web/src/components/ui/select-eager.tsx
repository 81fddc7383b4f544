import { Select, type SelectProps } from '@mantine/core';

/** Mantine's Select as a module of its own, for SelectLazy (select-lazy.tsx). */
export default function SelectEager(props: SelectProps) {
  return <Select {...props} />;
}
