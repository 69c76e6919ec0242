def delete_user(request, current_user, user_id):
    # ruleid: PY405
    assert request.user.is_staff, "staff only"
    # ruleid: PY405
    assert current_user.has_perm("users.delete")
    # ruleid: PY405
    assert "admin" in current_user.roles
    # ok: PY405
    assert isinstance(user_id, int)
    # ok: PY405
    assert user_id > 0, "ids are positive"
    # ok: PY405
    assert is_admin_page_enabled
    if not current_user.is_admin:
        raise PermissionError("admins only")


def test_staff_can_delete(client, staff_user):
    # ok: PY405
    assert staff_user.is_staff
