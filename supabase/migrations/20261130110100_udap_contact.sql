-- Security review of November 2026: a request to a UDAP that takes no online request (active =
-- false) is refused before anything is collected. The form and the API read here whether it does,
-- and how to reach it otherwise (public contact details only).
create function public.udap_contact(code text) returns jsonb
language sql stable security invoker
set search_path = ''
as $$
  select jsonb_build_object('code', u.code, 'name', u.name, 'active', u.active,
    'email', u.email, 'phone', u.phone, 'address', u.address, 'opening', u.opening)
  from public.udaps u where u.code = udap_contact.code
$$;
comment on function public.udap_contact(text) is
  'UDAP d''un département : reçoit-elle les demandes en ligne, et ses coordonnées publiques. Réservé au service_role.';
revoke all on function public.udap_contact(text) from public, anon, authenticated;
grant execute on function public.udap_contact(text) to service_role;
