# Generated fixture: random values with the provider's structure, never real keys.
# ruleid: SEC003
client = anthropic.Anthropic(api_key="sk-ant-api03-xz8hrDbQj47iJ01DmI4nEkSpFRy_fXOiWeogKpyYob0OBjSrYEaVFxm_d8z5SoTIz2a_ZKp_Ssub_bvQJi0kNFGf-KiMTAA")
# ruleid: SEC003
ADMIN_KEY = "sk-ant-admin01-mxjmATvK3dPycZ5uboxuLphyqxbP8EgA3I4Id_uMmp5QpXcEy0RXYRjZ_tmGLZFylS2Spg2VqTo30-EV9FtGyK75SwgTxAA"
# ok: SEC003
api_key = "sk-ant-api03-..."
# ok: SEC003
api_key = os.environ["ANTHROPIC_API_KEY"]
# ok: SEC003
short = "sk-ant-api03-EF8UCFD5CZzArOAvqxCfXaXgP_8z6PzhnlCtcLCAAA"
