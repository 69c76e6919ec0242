// ok: GEN815
export const a = 1;
