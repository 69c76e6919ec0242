"""Report ingestion: partners upload XML invoices, we convert them to PDF summaries."""
import marshal
import os
import subprocess
import tempfile
from datetime import date

import defusedxml.ElementTree as SafeET
from fastapi import APIRouter, FastAPI, File, HTTPException, UploadFile
from fastapi.responses import FileResponse, HTMLResponse
from lxml import etree

router = APIRouter(prefix="/reports")
REPORT_DIR = os.getenv("REPORT_DIR", "/var/reports")
WKHTMLTOPDF = os.getenv("WKHTMLTOPDF", "/usr/bin/wkhtmltopdf")


def parse_invoice_lxml(data: bytes) -> dict:
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    root = etree.fromstring(data, parser)
    return {
        "number": root.findtext("number"),
        "customer": root.findtext("customer/name"),
        "total": float(root.findtext("total") or 0),
    }


def parse_invoice_safe(data: bytes) -> dict:
    root = SafeET.fromstring(data)
    return {
        "number": root.findtext("number"),
        "customer": root.findtext("customer/name"),
        "total": float(root.findtext("total") or 0),
    }


def render_html(invoice: dict) -> str:
    return (
        "<html><body>"
        f"<h1>Invoice {invoice['number']}</h1>"
        f"<p>Customer: {invoice['customer']}</p>"
        f"<p>Total: {invoice['total']:.2f}</p>"
        f"<p>Generated {date.today().isoformat()}</p>"
        "</body></html>"
    )


@router.post("/invoices")
async def upload_invoice(file: UploadFile = File(...)):
    data = await file.read()
    try:
        invoice = parse_invoice_lxml(data)
    except etree.XMLSyntaxError:
        raise HTTPException(400, "invalid XML")
    return invoice


@router.post("/v2/invoices")
async def upload_invoice_v2(file: UploadFile = File(...)):
    data = await file.read()
    invoice = parse_invoice_safe(data)
    html = render_html(invoice)
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as fh:
        fh.write(html)
        html_path = fh.name
    pdf_path = os.path.join(REPORT_DIR, f"invoice-{invoice['number']}.pdf")
    subprocess.run([WKHTMLTOPDF, "--quiet", html_path, pdf_path], check=True, timeout=120)
    os.unlink(html_path)
    return {"pdf": os.path.basename(pdf_path)}


@router.post("/v2/invoices/preview", response_class=HTMLResponse)
async def preview_invoice(file: UploadFile = File(...)):
    invoice = parse_invoice_safe(await file.read())
    return render_html(invoice)


@router.get("/pdf/{name}")
def get_pdf(name: str):
    path = os.path.join(REPORT_DIR, name)
    return FileResponse(path, media_type="application/pdf")


@router.post("/compiled-rules")
async def load_compiled_rules(file: UploadFile = File(...)):
    # rules are precompiled by the partner SDK to speed things up
    code = marshal.loads(await file.read())
    namespace: dict = {}
    exec(code, namespace)
    return {"rules": sorted(k for k in namespace if not k.startswith("_"))}


@router.get("/summary")
def summary():
    files = [f for f in os.listdir(REPORT_DIR) if f.endswith(".pdf")]
    return {"count": len(files), "latest": sorted(files)[-5:]}


app = FastAPI(title="reports")
app.include_router(router)
