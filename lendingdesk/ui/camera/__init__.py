"""Camera scanning: a webcam reads QR codes and Code128 into the desk's one scan path.

Imported only when the camera is opened (QtMultimedia and zxing-cpp are not light).
"""
